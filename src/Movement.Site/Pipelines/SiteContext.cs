using Movement.Core.Markdown;
using Movement.Site.Caching;
using Movement.Site.Content;
using Movement.Site.Rendering;
using Movement.Site.Settings;

namespace Movement.Site.Pipelines;

/// <summary>What the site's pipelines share for one build.</summary>
public sealed record SiteContext(SiteSettings Settings, ContentTypes Types, IThemeRenderer Theme, MarkdownRenderer Markdown, bool IncludeDrafts)
{
    /// <summary>What pages show of the types (labels, feeds), worked out once per build.</summary>
    public ContentCatalogue Catalogue { get; } = ContentCatalogue.Of(Settings, Types);

    /// <summary>What this build may reuse from earlier builds (the preview's); nothing for a plain build.</summary>
    public SiteCaches Caches { get; init; } = SiteCaches.ForOneBuild();

    /// <summary>The link-preview cards this build's pages name; the theme notes them as it renders.</summary>
    public SocialCards.SocialCardBook Cards { get; init; } = new();

    /// <summary>Where drawn pictures are kept between builds; null when none is drawn (check, and test builds that do not ask).</summary>
    public Images.IPictureStore? Pictures { get; init; }
}
