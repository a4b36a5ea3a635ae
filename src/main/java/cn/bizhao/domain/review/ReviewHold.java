package cn.bizhao.domain.review;

import cn.bizhao.domain.application.ApplicationStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * 领取: who holds a review file. One reviewer takes a file from the worklist; the others see that it
 * is taken and by whom, and only the one holding it changes its review. A supervisor can hand it back.
 *
 * @param login       who holds it, null while nobody does
 * @param displayName that person's name, for the others to see
 * @param since       when it was taken
 */
public record ReviewHold(String login, String displayName, Instant since) {
    /** The statuses in which a file waits for a reviewer or is being reviewed, and so can be taken. */
    public static final Set<ApplicationStatus> TAKEABLE = EnumSet.of(ApplicationStatus.ACCEPTED,
            ApplicationStatus.IN_REVIEW, ApplicationStatus.ASSESSMENT_REQUIRED);

    /** Nobody holds the file. */
    public static ReviewHold nobody() {
        return new ReviewHold(null, null, null);
    }

    public boolean isTaken() {
        return login != null;
    }

    public boolean heldBy(String user) {
        return login != null && login.equals(user);
    }

    /** Someone other than {@code user} holds the file: {@code user} may not change its review. */
    public boolean heldByAnother(String user) {
        return isTaken() && !heldBy(user);
    }

    /** The name to show for the one holding it: the display name, else the login. */
    public String holderName() {
        return displayName != null ? displayName : login;
    }
}
