package cn.bizhao.packaging.write;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.review.Review;
import cn.bizhao.packaging.PackageType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What goes into one package. The application's records are small and come whole; the form,
 * the photo and the pages come as sources the writer opens one at a time while it streams.
 *
 * @param sourceOrganization the institution's name, for Source-Organization
 * @param registrationForm   the filled registration form (PDF, unsigned: the writer signs it)
 * @param photo              the 32:40 photo (JPEG); read only when the application has one
 * @param pages              the stored bytes of each page of each material, and of the review's evidence pages
 * @param review             the institution's review, written as review.json; required in a review result
 * @param extras             further payload documents (decision.json, revocation.json) and bag-info fields
 */
public record PackageContent(PackageType type, String sourceOrganization, Application application,
                             ContentSource registrationForm, ContentSource photo, PageSource pages,
                             Optional<Review> review, Extras extras) {
    /**
     * What some types add: payload documents by their bag path, and bag-info fields (such as the
     * version of a submission), both in the order given.
     */
    public record Extras(Map<String, byte[]> documents, Map<String, String> bagInfo) {
        public static final Extras NONE = new Extras(Map.of(), Map.of());

        public Extras {
            documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
            bagInfo = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bagInfo));
        }
    }

    public PackageContent {
        Objects.requireNonNull(extras, "extras");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sourceOrganization, "sourceOrganization");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(registrationForm, "registrationForm");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(review, "review");
    }

    public PackageContent(PackageType type, String sourceOrganization, Application application,
                          ContentSource registrationForm, ContentSource photo, PageSource pages,
                          Optional<Review> review) {
        this(type, sourceOrganization, application, registrationForm, photo, pages, review, Extras.NONE);
    }

    /** A package without a review: what a reviewer receives. */
    public PackageContent(PackageType type, String sourceOrganization, Application application,
                          ContentSource registrationForm, ContentSource photo, PageSource pages) {
        this(type, sourceOrganization, application, registrationForm, photo, pages, Optional.empty(), Extras.NONE);
    }
}
