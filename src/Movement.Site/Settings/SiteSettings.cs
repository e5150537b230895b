using Movement.Core.Diagnostics;

namespace Movement.Site.Settings;

/// <summary>The site's own settings, from <c>input/site.yml</c>.</summary>
public sealed record SiteSettings
{
    /// <summary>
    /// Whether site.yml is missing or is not YAML, so these are stand-in settings. Checks that judge content against the
    /// settings (its topics, its languages) let it pass meanwhile: the settings' own error is the cause, and reporting
    /// each use again would bury it.
    /// </summary>
    public bool Unreadable { get; init; }

    public string Title { get; init; } = "Movement";

    public string Tagline { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>The site's name, tagline and description in Welsh (site.yml 'title_cy' and so on), where given.</summary>
    public WelshNames Welsh { get; init; } = new(null, null, null);

    /// <summary>The site's name on a page in this language: a Welsh page without a 'title_cy' shows the English name.</summary>
    public string TitleIn(string lang) => lang == Movement.Site.Languages.Language.Welsh ? Welsh.Title ?? Title : Title;

    public string TaglineIn(string lang) => lang == Movement.Site.Languages.Language.Welsh ? Welsh.Tagline ?? Tagline : Tagline;

    public string DescriptionIn(string lang) => lang == Movement.Site.Languages.Language.Welsh ? Welsh.Description ?? Description : Description;

    /// <summary>Whether the site's name on a page in this language is the English one (so the page marks it lang="en").</summary>
    public bool TitleIsEnglishIn(string lang) => lang != Movement.Site.Languages.Language.English && TitleIn(lang) == Title;

    /// <summary>The address the site is served at, without a trailing slash.</summary>
    public string BaseUrl { get; init; } = "http://localhost";

    public string Language { get; init; } = "en-GB";

    /// <summary>The languages pages are published in; English is always first (site.yml 'languages').</summary>
    public IReadOnlyList<string> Languages { get; init; } = [Movement.Site.Languages.Language.English];

    /// <summary>What listings in another language do with items not yet translated (site.yml 'untranslated').</summary>
    public Movement.Site.Languages.UntranslatedPolicy Untranslated { get; init; }

    public string Organisation { get; init; } = "";

    public string ContactEmail { get; init; } = "";

    public IReadOnlyList<NavigationLink> Navigation { get; init; } = [];

    /// <summary>The year folder of the awareness week to feature, if any.</summary>
    public string? CurrentAwarenessWeek { get; init; }

    /// <summary>The brief whose asks the home page sets out as the movement's calls.</summary>
    public string? FeaturedBrief { get; init; }

    /// <summary>The home page's picture beside the movement's name, if site.yml gives one (<c>hero_image</c>).</summary>
    public HeroPicture? Hero { get; init; }

    public IReadOnlyList<Topic> Topics { get; init; } = [];

    /// <summary>Words and phrases the site's search treats as meaning the same (<c>search_synonyms</c>).</summary>
    public IReadOnlyList<Search.SynonymGroup> SearchSynonyms { get; init; } = [];

    /// <summary>How many items each page of an API list holds.</summary>
    public int ApiPageSize { get; init; } = ApiPageSizes.Default;

    /// <summary>The GitHub repository ("owner/name") the editing UI commits to, if any.</summary>
    public string? Repository { get; init; }

    /// <summary>Where site.yml gives each top-level setting, for the checks that need the built site first.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();

    public SourceLocation LocationOf(string setting) => Locations.GetValueOrDefault(setting) ?? new SourceLocation(SiteSettingsFile.FileName);

    public string AbsoluteUrl(string path) => BaseUrl + path;

    public string TopicTitle(string id) => Topics.FirstOrDefault(t => t.Id == id)?.Title ?? id;
}
