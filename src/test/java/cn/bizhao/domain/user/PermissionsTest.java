package cn.bizhao.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.application.TransitionRefusedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole matrix, role by action by status, against tables written out here by hand from DESIGN.md
 * sections 1 and 2, independently of {@link Permissions} and the state machine.
 */
class PermissionsTest {
    /** action | statuses it may be taken from | roles that may take it. */
    private static final String ACTIONS = """
            ACCEPT             | DRAFT                | CLERK
            SEND_NOTICE        | DRAFT                | CLERK
            SUPPLY_MATERIALS   | AWAITING_MATERIALS   | CLERK
            START_REVIEW       | ACCEPTED             | REVIEWER
            REQUIRE_ASSESSMENT | IN_REVIEW            | REVIEWER
            RECORD_ASSESSMENT  | ASSESSMENT_REQUIRED  | REVIEWER
            RETURN             | IN_REVIEW            | SUPERVISOR
            REJECT             | IN_REVIEW            | SUPERVISOR
            APPROVE            | IN_REVIEW            | SUPERVISOR
            SUBMIT             | APPROVED DEPT_RETURNED | SUPERVISOR
            DEPT_APPROVE       | SUBMITTED            | SUPERVISOR
            DEPT_RETURN        | SUBMITTED            | SUPERVISOR
            RECORD_CERTIFICATE | DEPT_APPROVED        | SUPERVISOR
            RESUME_REVIEW      | RETURNED             | CLERK
            REVOKE             | CERTIFIED            | SUPERVISOR
            WITHDRAW           | DRAFT AWAITING_MATERIALS ACCEPTED IN_REVIEW ASSESSMENT_REQUIRED RETURNED APPROVED \
            SUBMITTED DEPT_APPROVED DEPT_RETURNED | CLERK SUPERVISOR
            """;

    /** permission | roles that hold it. */
    private static final String PERMISSIONS = """
            TAKE_IN           | CLERK
            REVIEW            | REVIEWER
            SUPERVISE         | SUPERVISOR
            RECORD_WITHDRAWAL | CLERK SUPERVISOR
            FIND_APPLICATIONS | CLERK REVIEWER SUPERVISOR
            READ_AUDIT_TRAIL  | SUPERVISOR ADMIN
            READ_STATISTICS   | SUPERVISOR ADMIN
            ADMINISTER        | ADMIN
            """;

    private record Row(StatusAction action, Set<ApplicationStatus> from, Set<Role> roles) {
    }

    private static final Map<StatusAction, Row> EXPECTED = ACTIONS.lines().map(line -> line.split("\\|"))
            .map(cells -> new Row(StatusAction.valueOf(cells[0].strip()), names(cells[1], ApplicationStatus::valueOf, ApplicationStatus.class),
                    names(cells[2], Role::valueOf, Role.class)))
            .collect(Collectors.toMap(Row::action, Function.identity()));

    private static final Map<Permission, Set<Role>> HOLDERS = PERMISSIONS.lines().map(line -> line.split("\\|"))
            .collect(Collectors.toMap(cells -> Permission.valueOf(cells[0].strip()),
                    cells -> names(cells[1], Role::valueOf, Role.class)));

    private static <E extends Enum<E>> Set<E> names(String cell, Function<String, E> parse, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        Arrays.stream(cell.strip().split("\\s+")).map(parse).forEach(set::add);
        return set;
    }

    private static User user(Set<Role> roles) {
        return new User(7, "someone", "Someone", roles, true, false);
    }

    private static boolean expected(Set<Role> roles, StatusAction action, ApplicationStatus from) {
        Row row = EXPECTED.get(action);
        return row.from().contains(from) && roles.stream().anyMatch(row.roles()::contains);
    }

    static Stream<Arguments> everyRoleActionAndStatus() {
        List<Arguments> all = new ArrayList<>();
        for (Role role : Role.values()) {
            for (StatusAction action : StatusAction.values()) {
                for (ApplicationStatus from : ApplicationStatus.values()) {
                    all.add(Arguments.of(role, action, from, expected(Set.of(role), action, from)));
                }
            }
        }
        return all.stream();
    }

    /** Every combination of roles a user may hold, the empty one included. */
    static Stream<Set<Role>> everyCombinationOfRoles() {
        Role[] roles = Role.values();
        return Stream.iterate(0, mask -> mask < 1 << roles.length, mask -> mask + 1).map(mask -> {
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (int i = 0; i < roles.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(roles[i]);
                }
            }
            return set;
        });
    }

    @Test
    void theExpectedTablesCoverEveryActionAndPermission() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(StatusAction.values());
        assertThat(HOLDERS.keySet()).containsExactlyInAnyOrder(Permission.values());
    }

    @ParameterizedTest(name = "{0} {1} from {2}: {3}")
    @MethodSource("everyRoleActionAndStatus")
    void allowsExactlyTheExpectedMoves(Role role, StatusAction action, ApplicationStatus from, boolean allowed) {
        assertThat(Permissions.allows(user(Set.of(role)), action, from)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} {1} from {2}: {3}")
    @MethodSource("everyRoleActionAndStatus")
    void appliesTheAllowedMovesAndRefusesTheOthersWithTheReason(Role role, StatusAction action, ApplicationStatus from,
                                                               boolean allowed) {
        User user = user(Set.of(role));
        if (allowed) {
            assertThat(Permissions.apply(user, action, from)).isNotEqualTo(from);
        } else if (!EXPECTED.get(action).roles().contains(role)) {
            assertThatThrownBy(() -> Permissions.apply(user, action, from))
                    .isInstanceOfSatisfying(PermissionDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.permission." + Permissions.requiredFor(action).name()));
        } else {
            assertThatThrownBy(() -> Permissions.apply(user, action, from)).isInstanceOf(TransitionRefusedException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCombinationOfRoles")
    void aUserWithSeveralRolesMayDoWhatAnyOfThemMay(Set<Role> roles) {
        for (StatusAction action : StatusAction.values()) {
            for (ApplicationStatus from : ApplicationStatus.values()) {
                assertThat(Permissions.allows(user(roles), action, from)).as("%s %s from %s", roles, action, from)
                        .isEqualTo(expected(roles, action, from));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCombinationOfRoles")
    void holdsExactlyTheExpectedPermissions(Set<Role> roles) {
        for (Permission permission : Permission.values()) {
            boolean expected = roles.stream().anyMatch(HOLDERS.get(permission)::contains);
            assertThat(Permissions.has(user(roles), permission)).as("%s %s", roles, permission).isEqualTo(expected);
        }
    }

    @Test
    void aDisabledUserMayDoNothing() {
        User disabled = new User(7, "gone", "Gone", EnumSet.allOf(Role.class), false, false);

        assertThat(Permission.values()).noneMatch(p -> Permissions.has(disabled, p));
        for (StatusAction action : StatusAction.values()) {
            assertThat(ApplicationStatus.values()).noneMatch(from -> Permissions.allows(disabled, action, from));
        }
    }

    @Test
    void requireRefusesWithTheKeyThatNamesWhoMay() {
        assertThatThrownBy(() -> Permissions.require(user(Set.of(Role.CLERK)), Permission.ADMINISTER))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.permission.ADMINISTER");
                    assertThat(e.permission()).isEqualTo(Permission.ADMINISTER);
                });
    }

    @Test
    void requireLetsTheHolderThrough() {
        Permissions.require(user(Set.of(Role.SUPERVISOR)), Permission.READ_AUDIT_TRAIL);
    }
}
