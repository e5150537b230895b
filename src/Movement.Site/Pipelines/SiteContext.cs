using Movement.Core.Markdown;
using Movement.Site.Content;
using Movement.Site.Rendering;
using Movement.Site.Settings;

namespace Movement.Site.Pipelines;

/// <summary>What the site's pipelines share for one build.</summary>
public sealed record SiteContext(SiteSettings Settings, ContentTypes Types, IThemeRenderer Theme, MarkdownRenderer Markdown, bool IncludeDrafts);
