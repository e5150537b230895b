using Movement.Site.Content;
using Movement.Site.Pipelines;
using Movement.Site.Settings;

namespace Movement.Site.Rendering;

/// <summary>What every page's layout needs: the site, the page's address, title and description, and the build date.</summary>
public sealed record PageContext(SiteSettings Site, ContentCatalogue Catalogue, string Url, string Title, string Description, string Lang, IReadOnlyList<Crumb> Breadcrumbs, DateOnly Today)
{
    /// <summary>Items of other types that name this page's item, one list per type (a member's events).</summary>
    public IReadOnlyList<ReferenceList> ReferencedBy { get; init; } = [];

    /// <summary>Every language version of the page, its own included, English first; empty when it has no translation.</summary>
    public IReadOnlyList<Languages.Translation> Translations { get; init; } = [];

    /// <summary>The interface words in the page's language (navigation, buttons, dates).</summary>
    public Languages.InterfaceText Text => Languages.InterfaceStrings.Embedded.For(Lang);

    public string CanonicalUrl => Site.AbsoluteUrl(Url);

    /// <summary>The site's name in the page's language (site.yml 'title_cy' on Welsh pages).</summary>
    public string SiteTitle => Site.TitleIn(Lang);

    /// <summary>"en" when a page in another language shows the site's English name, so screen readers say it in English.</summary>
    public string? SiteTitleLang => Site.TitleIsEnglishIn(Lang) ? Languages.Language.English : null;

    /// <summary>Feeds and oEmbed links for the head, so readers and partners' tools discover them.</summary>
    public IReadOnlyList<AlternateLink> AlternateLinks => Rendering.AlternateLinks.For(this);

    /// <summary>A page's context; without a description of its own, the page uses the site's.</summary>
    public static PageContext For(SiteContext site, string url, string title, string description, string lang, DateOnly today) =>
        new(site.Settings, site.Catalogue, url, title, description.Length > 0 ? description : site.Settings.DescriptionIn(lang), lang, Rendering.Breadcrumbs.For(site.Types, url, title), today);

    /// <summary>True when the page is the home page or in the section a navigation link points to, in any language.</summary>
    public bool IsCurrentSection(string navigationUrl) =>
        Languages.Language.EnglishUrlOf(Url) is var english && (navigationUrl == "/" ? english == "/" : english.StartsWith(navigationUrl, StringComparison.Ordinal));
}
