package cn.bizhao.service.review;

import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.ReviewHold;
import cn.bizhao.persistence.LikePattern;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationRow;
import cn.bizhao.service.account.People;
import cn.bizhao.persistence.review.ReviewMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The search behind the reviewer's and the supervisor's worklists. */
final class Worklists {
    private Worklists() {
    }

    static List<WorkItem> search(UnitOfWork uow, ReviewFilter filter, boolean pendingOnly, Clock clock) {
        ReviewMapper reviews = uow.mapper(ReviewMapper.class);
        List<ApplicationRow> rows = reviews.search(filter.statuses(), start(filter.from(), clock),
                start(filter.to() == null ? null : filter.to().plusDays(1), clock), blankToNull(filter.region()),
                blankToNull(filter.occupation()), blankToNull(filter.clerk()), LikePattern.containing(filter.text()),
                pendingOnly);
        People people = People.of(uow);
        return rows.stream().map(row -> new WorkItem(row.id, row.acceptanceNo, row.name,
                Masking.maskDocumentNumber(row.idNumber), row.catalogRegion, row.catalogOccupation,
                row.catalogSkillLevel, row.status, people.name(row.clerk), row.acceptedAt,
                reviews.conclusions(row.id).stream().anyMatch(c -> c.state == ConclusionState.PENDING),
                row.takenBy == null ? ReviewHold.nobody()
                        : new ReviewHold(row.takenBy, people.name(row.takenBy), row.takenAt))).toList();
    }

    private static Instant start(LocalDate day, Clock clock) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
