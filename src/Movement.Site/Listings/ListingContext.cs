using Movement.Site.Content;
using Movement.Site.Settings;

namespace Movement.Site.Listings;

/// <summary>What a type's listings are made from: everything published, the settings and the build's date.</summary>
public sealed record ListingContext(IReadOnlyList<ContentItem> Items, SiteSettings Settings, DateOnly Today);
