using Movement.Core.Diagnostics;
using Movement.Core.Markdown;
using Movement.Core.Schema;

namespace Movement.Core.Documents;

/// <summary>The metadata the core modules read and write.</summary>
public static class CoreKeys
{
    /// <summary>The front matter as written, with positions.</summary>
    public static readonly MetadataKey<RawMap> FrontMatter = new("front-matter");

    /// <summary>The Markdown body without its front matter.</summary>
    public static readonly MetadataKey<string> Body = new("body");

    /// <summary>The line of the file the body starts on.</summary>
    public static readonly MetadataKey<int> BodyFirstLine = new("body-first-line");

    /// <summary>Links written in the content, checked after rendering.</summary>
    public static readonly MetadataKey<IReadOnlyList<LinkReference>> Links = new("links");

    /// <summary>The site URL a page is served at, e.g. "/briefs/workforce/".</summary>
    public static readonly MetadataKey<string> Url = new("url");

    /// <summary>Where the content chose its URL (its 'slug:' line), so a clash is reported there.</summary>
    public static readonly MetadataKey<SourceLocation> UrlClaim = new("url-claim");

    /// <summary>How to settle a clash at <see cref="UrlClaim"/>, when it is not by changing a slug (an old address).</summary>
    public static readonly MetadataKey<string> UrlClaimFix = new("url-claim-fix");
}
