package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.Application;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Issue 3: the same person with an open application for the same certificate is found and shown,
 * not taken in twice. The service loads the stored applications of the person (by
 * {@link IdentityKey}); this rule says which of them are the same open request.
 *
 * <p>Closed applications (不予认定, 已发证, 撤回) do not count: a person refused may apply again.
 */
public final class DuplicateApplicationRule {
    private DuplicateApplicationRule() {
    }

    /** The open applications among {@code stored} with this key, in the order given. */
    public static List<Application> openWithKey(ApplicationKey key, Collection<Application> stored) {
        return stored.stream()
                .filter(a -> a.status().isOpen())
                .filter(a -> ApplicationKey.of(a).filter(key::equals).isPresent())
                .toList();
    }

    /**
     * The open applications that duplicate {@code candidate}, leaving out the candidate itself
     * (same id), which is among the stored ones once its draft has been saved. Empty while the
     * candidate has no key yet.
     */
    public static List<Application> openDuplicatesOf(Application candidate, Collection<Application> stored) {
        Optional<ApplicationKey> key = ApplicationKey.of(candidate);
        if (key.isEmpty()) {
            return List.of();
        }
        return openWithKey(key.get(), stored).stream()
                .filter(a -> a.id() != candidate.id())
                .toList();
    }
}
