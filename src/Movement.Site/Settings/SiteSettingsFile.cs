using System.Text;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Schema;
using Movement.Core.Yaml;
using Movement.Site.Checks;

namespace Movement.Site.Settings;

/// <summary>
/// Reads <c>site.yml</c> before the pipelines start, because every page needs it. Problems are reported
/// like any other content error and defaults are used so the rest of the build can still be checked.
/// </summary>
public static class SiteSettingsFile
{
    public const string FileName = "site.yml";

    public static SiteSettings From(IFileSystem input, IDiagnostics diagnostics, string? baseUrlOverride)
    {
        var settings = Read(input, diagnostics);
        return baseUrlOverride is null ? settings : settings with { BaseUrl = baseUrlOverride.TrimEnd('/') };
    }

    private static SiteSettings Read(IFileSystem input, IDiagnostics diagnostics)
    {
        if (!input.Exists(FileName))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SettingsMissing, new SourceLocation(FileName), "The site settings file is missing.",
                "Create input/site.yml with at least 'title:' and 'base_url:' (see the README's authoring guide)."));
            return new SiteSettings { Unreadable = true };
        }

        var text = TextNormalizer.Normalize(Encoding.UTF8.GetString(input.ReadAllBytes(FileName)));
        var mapping = YamlLoader.LoadMapping(text, FileName, 1, diagnostics);
        if (mapping is null)
        {
            return new SiteSettings { Unreadable = true };
        }

        var raw = YamlToRaw.Convert(mapping, FileName, 1);
        PlaceholderCheck.Report(raw, body: null, bodyFirstLine: 0, isDraft: false, diagnostics); // On every page.
        var values = new SchemaValidator(diagnostics, input).Validate(SiteSettingsSchema.Definition, raw, "");
        var check = new CheckSettingsValues(diagnostics);
        return new SiteSettings
        {
            Title = values.Text("title") ?? "Movement",
            Tagline = values.Text("tagline") ?? "",
            Description = values.Text("description") ?? "",
            Welsh = new WelshNames(values.Text("title_cy"), values.Text("tagline_cy"), values.Text("description_cy")),
            BaseUrl = (values.Text("base_url") ?? "http://localhost").TrimEnd('/'),
            Language = values.Text("language") ?? "en-GB",
            Languages = [Movement.Site.Languages.Language.English, .. values.TextList("languages").Where(l => l != Movement.Site.Languages.Language.English).Distinct()],
            Untranslated = values.Text("untranslated") == "fail" ? Movement.Site.Languages.UntranslatedPolicy.Fail : Movement.Site.Languages.UntranslatedPolicy.List,
            Organisation = values.Text("organisation") ?? "",
            ContactEmail = check.Email(values, "contact_email") ?? "",
            Navigation = values.Objects("navigation").Where(check.NavigationUrl)
                .Select(n => new NavigationLink(n.RequiredText("title"), n.RequiredText("url"), n.LocationOf("url")) { WelshTitle = n.Text("title_cy") }).ToList(),
            CurrentAwarenessWeek = check.Year(values, "current_awareness_week"),
            FeaturedBrief = values.Text("featured_brief"),
            Repository = check.Repository(values, "repository"),
            ApiPageSize = check.PageSize(values, "api_page_size"),
            Hero = check.Hero(values, input),
            Topics = values.Objects("topics").Select(t => new Topic(t.RequiredText("id"), t.RequiredText("title"), t.Text("summary") ?? "")).ToList(),
            SearchSynonyms = Search.SearchSynonymCheck.From(values.Objects("search_synonyms"), diagnostics),
            Locations = SiteSettingsSchema.Definition.Fields.Where(f => values.Has(f.Name)).ToDictionary(f => f.Name, f => values.LocationOf(f.Name)),
        };
    }
}
