using Movement.Site.Feeds;
using Movement.Site.Settings;

namespace Movement.Site.Content;

/// <summary>
/// The part of the content types a page can show: kind labels and feeds, as plain values. Pages hold this
/// rather than the types themselves, whose functions could not be fingerprinted, so the preview can tell an
/// unchanged page and reuse it.
/// </summary>
public sealed record ContentCatalogue(IReadOnlyList<ContentKind> Kinds, IReadOnlyList<SiteFeed> Feeds)
{
    public static ContentCatalogue Of(SiteSettings settings, ContentTypes types) => new(
        [.. types.All.Select(t => new ContentKind(t.Name, t.Labels.One, t.Section is null ? "" : t.Label, t.Section?.Url ?? ""))],
        SiteFeeds.For(settings, types));

    /// <summary>What visitors call one item of a kind, e.g. "Policy brief".</summary>
    public string LabelOf(string kind) => Kinds.FirstOrDefault(k => k.Name == kind)?.Label ?? kind;

    /// <summary>The label a social card of the kind carries, or "" when the page says what it is some other way.</summary>
    public string CardLabelOf(string kind) => Kinds.FirstOrDefault(k => k.Name == kind)?.CardLabel ?? "";
}
