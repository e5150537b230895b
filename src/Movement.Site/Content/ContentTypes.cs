using Movement.Core.Pipelines;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Content.Events;
using Movement.Site.Content.Members;
using Movement.Site.Content.News;
using Movement.Site.Content.Pages;
using Movement.Site.Content.TheoriesOfChange;
using Movement.Site.Pipelines;
using Movement.Site.Settings;

namespace Movement.Site.Content;

/// <summary>
/// Every content type of the site, in the order the API and the CMS list them. Topics come from the settings,
/// so the set is made per build. Adding a type is one line here; the constructor refuses a set that does not
/// add up (two types of one name, a pipeline nobody makes), so a half-registered type fails at once.
/// </summary>
public sealed class ContentTypes
{
    public ContentTypes(IReadOnlyList<ContentType> all)
    {
        All = all;
        if (all.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"Two content types are named '{twice.Key}'.");
        }

        foreach (var pipeline in all.GroupBy(t => t.PipelineName))
        {
            if (pipeline.Count(t => t.CreatePipeline is not null) != 1)
            {
                throw new InvalidOperationException($"Exactly one of the types read by pipeline '{pipeline.Key}' ({string.Join(", ", pipeline.Select(t => t.Name))}) must say how to make it.");
            }
        }

        _pageFiles = [.. all.Select(t => (new Core.IO.Glob(t.PagePattern), t))];
        PipelineNames = [.. all.Select(t => t.PipelineName).Distinct()];
        InSearchOrder = [.. all.OrderBy(t => t.SearchPosition)];
        Sections = all.Select(t => t.Section).OfType<ContentSection>().DistinctBy(s => s.Url).ToDictionary(s => s.Url, StringComparer.Ordinal);
    }

    private readonly IReadOnlyList<(Core.IO.Glob Files, ContentType Type)> _pageFiles;

    public static ContentTypes For(SiteSettings settings) => new(
    [
        BriefType.Create(settings),
        TheoryOfChangeType.Create(),
        AwarenessWeekType.Create(),
        PartnerResourceType.Create(),
        MemberType.Create(),
        NewsType.Create(settings),
        ContentPageType.Create(),
        EventType.Create(settings),
        Tracker.TrackerType.Create(),
    ]);

    public IReadOnlyList<ContentType> All { get; }

    /// <summary>The pipelines that read content, in the order of the types.</summary>
    public IReadOnlyList<string> PipelineNames { get; }

    /// <summary>The types as the search filter lists them.</summary>
    public IReadOnlyList<ContentType> InSearchOrder { get; }

    public ContentType? Named(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>A type the code itself names; its absence is a fault in Movement.</summary>
    public ContentType Require(string name) => Named(name) ?? throw new InvalidOperationException($"No content type is named '{name}'.");

    /// <summary>
    /// The other pipelines a pipeline reading these types must see when it renders: those of the types they
    /// name, to check the names and show them, and of the types that name them, to list what names them.
    /// </summary>
    public IReadOnlyList<string> PipelinesLinkedTo(IReadOnlyList<ContentType> types)
    {
        var names = types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var named = types.SelectMany(t => t.References).Select(r => Require(r.Type));
        var naming = All.Where(t => t.References.Any(r => names.Contains(r.Type)));
        return [.. named.Concat(naming).Select(t => t.PipelineName).Distinct().Where(p => types.All(t => t.PipelineName != p)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every reference that names an item of one of these types, with the type that makes it.</summary>
    public IEnumerable<(ContentType From, ContentReference Reference)> ReferencesTo(IEnumerable<string> typeNames)
    {
        var names = typeNames.ToHashSet(StringComparer.Ordinal);
        return All.SelectMany(t => t.References.Where(r => names.Contains(r.Type)).Select(r => (t, r)));
    }

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) =>
        All.Where(t => t.CreatePipeline is not null).Select(t => t.CreatePipeline!(site));

    /// <summary>The page URL a content file gets from its path alone, so Markdown can link to "../briefs/x.md" as editors on GitHub expect.</summary>
    /// <param name="slug">The slug the file sets, when it sets one (a translation's own 'slug:'); the file name's otherwise.</param>
    public string? UrlOfSource(string source, string? slug = null) =>
        _pageFiles.FirstOrDefault(p => p.Files.IsMatch(source)).Type is { } type ? type.UrlFor(slug ?? type.DefaultSlug(source), source) : null;

    /// <summary>The section listings breadcrumbs lead back to, by their address.</summary>
    public IReadOnlyDictionary<string, ContentSection> Sections { get; }
}
