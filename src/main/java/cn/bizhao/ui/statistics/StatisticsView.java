package cn.bizhao.ui.statistics;

import cn.bizhao.domain.statistics.Dimension;
import cn.bizhao.i18n.Messages;
import cn.bizhao.ui.common.Columns;
import cn.bizhao.ui.common.WholeText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The period, the total, and one tab per dimension with a chart and a table of the same counts:
 * a pie for the statuses, horizontal bars where names are long, upright bars for months and cities.
 */
public final class StatisticsView {
    @FXML private ProgressIndicator workingIndicator;
    @FXML private DatePicker statsFromPicker;
    @FXML private DatePicker statsToPicker;
    @FXML private Button statsExportButton;
    @FXML private Label totalLabel;
    @FXML private TabPane dimensionTabs;
    @FXML private Label statsNoticeLabel;
    @FXML private Label statsErrorLabel;

    private final StatisticsViewModel model;
    private final Messages messages;

    public StatisticsView(StatisticsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        workingIndicator.visibleProperty().bind(model.workingProperty());
        statsFromPicker.valueProperty().bindBidirectional(model.fromProperty());
        statsToPicker.valueProperty().bindBidirectional(model.toProperty());
        statsExportButton.disableProperty().bind(model.shownProperty().isNull());
        totalLabel.textProperty().bind(model.totalTextProperty());
        statsNoticeLabel.textProperty().bind(model.noticeProperty());
        statsErrorLabel.textProperty().bind(model.errorProperty());
        for (Dimension dimension : model.dimensions()) {
            ObservableList<StatisticsRow> rows = model.rows(dimension);
            HBox content = new HBox(12, chart(dimension, rows), table(dimension, rows));
            content.getStyleClass().add("statistics-tab");
            Tab tab = new Tab(model.title(dimension), content);
            tab.setId("tab-" + dimension.name());
            tab.setClosable(false);
            dimensionTabs.getTabs().add(tab);
        }
        model.compute();
    }

    @FXML
    private void compute() {
        model.compute();
    }

    @FXML
    private void export() {
        model.export();
    }

    private Chart chart(Dimension dimension, ObservableList<StatisticsRow> rows) {
        Chart chart = switch (dimension) {
            case STATUS -> pie(rows);
            case REGION, OCCUPATION_LEVEL -> horizontalBars(rows);
            default -> uprightBars(rows);
        };
        chart.setId("chart-" + dimension.name());
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private static PieChart pie(ObservableList<StatisticsRow> rows) {
        PieChart pie = new PieChart();
        pie.setLabelsVisible(true);
        Runnable fill = () -> pie.getData().setAll(rows.stream().filter(r -> r.count() > 0)
                .map(r -> new PieChart.Data(r.name() + " " + r.count(), r.count())).toList());
        rows.addListener((ListChangeListener<StatisticsRow>) change -> fill.run());
        fill.run();
        return pie;
    }

    private BarChart<String, Number> uprightBars(ObservableList<StatisticsRow> rows) {
        CategoryAxis names = new CategoryAxis();
        BarChart<String, Number> bars = new BarChart<>(names, countAxis());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        bars.getData().add(series);
        Runnable fill = () -> {
            names.getCategories().setAll(rows.stream().map(StatisticsRow::name).toList());
            series.getData().setAll(rows.stream().map(r -> new XYChart.Data<String, Number>(r.name(), r.count())).toList());
        };
        rows.addListener((ListChangeListener<StatisticsRow>) change -> fill.run());
        fill.run();
        return bars;
    }

    private BarChart<Number, String> horizontalBars(ObservableList<StatisticsRow> rows) {
        CategoryAxis names = new CategoryAxis();
        names.setSide(Side.LEFT);
        BarChart<Number, String> bars = new BarChart<>(countAxis(), names);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        bars.getData().add(series);
        Runnable fill = () -> {
            // the first row (the largest count) at the top
            List<StatisticsRow> reversed = new ArrayList<>(rows);
            Collections.reverse(reversed);
            names.getCategories().setAll(reversed.stream().map(StatisticsRow::name).toList());
            series.getData().setAll(reversed.stream().map(r -> new XYChart.Data<Number, String>(r.count(), r.name())).toList());
        };
        rows.addListener((ListChangeListener<StatisticsRow>) change -> fill.run());
        fill.run();
        return bars;
    }

    /** Counts are whole applications: ticks of at least 1. */
    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? Long.toString(value.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text);
            }
        });
        return axis;
    }

    private TableView<StatisticsRow> table(Dimension dimension, ObservableList<StatisticsRow> rows) {
        TableView<StatisticsRow> table = new TableView<>(rows);
        table.setId("table-" + dimension.name());
        table.setPlaceholder(new Label(messages.get("statistics.empty")));
        TableColumn<StatisticsRow, Object> name = new TableColumn<>(messages.get("statistics.column.name"));
        Columns.show(name, StatisticsRow::name);
        name.setPrefWidth(210);
        TableColumn<StatisticsRow, Object> count = new TableColumn<>(messages.get("statistics.column.count"));
        Columns.show(count, StatisticsRow::count);
        count.setPrefWidth(70);
        count.getStyleClass().add("count-column");
        table.getColumns().add(name);
        table.getColumns().add(count);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefWidth(300);
        table.setMinWidth(280);
        WholeText.fitColumns(table);
        return table;
    }
}
