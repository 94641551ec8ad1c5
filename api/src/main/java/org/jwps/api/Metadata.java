package org.jwps.api;

import java.util.Objects;

/**
 * A metadata link of a process, input or output ({@code ows:Metadata}): a titled reference to
 * more information, such as documentation or the algorithm's publication.
 *
 * @param title what the link points to, shown to users (may be {@code null})
 * @param href  the address of the linked resource
 * @param role  the role of the link, a URI (may be {@code null})
 */
public record Metadata(String title, String href, String role) {

    /** @throws NullPointerException if {@code href} is null */
    public Metadata {
        Objects.requireNonNull(href, "href");
    }

    /**
     * @param title what the link points to
     * @param href  the address of the linked resource
     * @return a metadata link without a role
     */
    public static Metadata link(String title, String href) {
        return new Metadata(title, href, null);
    }
}
