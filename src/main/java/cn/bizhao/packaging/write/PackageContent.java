package cn.bizhao.packaging.write;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.review.Review;
import cn.bizhao.packaging.PackageType;
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
 */
public record PackageContent(PackageType type, String sourceOrganization, Application application,
                             ContentSource registrationForm, ContentSource photo, PageSource pages,
                             Optional<Review> review) {
    public PackageContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sourceOrganization, "sourceOrganization");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(registrationForm, "registrationForm");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(review, "review");
    }

    /** A package without a review: what a reviewer receives. */
    public PackageContent(PackageType type, String sourceOrganization, Application application,
                          ContentSource registrationForm, ContentSource photo, PageSource pages) {
        this(type, sourceOrganization, application, registrationForm, photo, pages, Optional.empty());
    }
}
