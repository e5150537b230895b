using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Core.Schema;
using Movement.Site.Listings;
using Movement.Site.Pipelines;

namespace Movement.Site.Content;

/// <summary>
/// One kind of content, and everything the site does with it: which files it is read from, its schema, how
/// validated fields become its typed record, where its pages go and what they are called, the pipeline that
/// reads it, its listings, its place in search, feeds and topic pages. The features of the site (pipelines,
/// breadcrumbs, search filters, the API, the CMS, feeds, source links) are derived from the list of types in
/// <see cref="ContentTypes"/>, so a new type is its own folder and one line there.
/// </summary>
public sealed record ContentType
{
    /// <summary>Short name used on the command line and in the API, e.g. "brief".</summary>
    public required string Name { get; init; }

    /// <summary>The input files, e.g. "briefs/*.md".</summary>
    public required string Pattern { get; init; }

    public required ContentSchema Schema { get; init; }

    public required Func<FieldValues, BindContext, ContentItem> Bind { get; init; }

    /// <summary>The page URL for a slug and source path.</summary>
    public required Func<string, string, string> UrlFor { get; init; }

    /// <summary>The slug when none is given: by default the file name.</summary>
    public Func<string, string> DefaultSlug { get; init; } = SitePath.FileNameWithoutExtension;

    /// <summary>Whether an item dated in the future waits until its date to appear.</summary>
    public bool WaitsForDate { get; init; } = true;

    /// <summary>Where 'movement new' puts a new item, from its slug and the date and week it is made in.</summary>
    public required Func<string, NewFilePlace, string> NewFilePath { get; init; }

    /// <summary>The CMS's and the API's name for one item, e.g. "Member organisation".</summary>
    public string Label => Schema.Label;

    /// <summary>What visitors call one item and several, in lists of mixed kinds and search filters.</summary>
    public required ContentLabels Labels { get; init; }

    /// <summary>The listing its pages sit under, for breadcrumbs; null for pages at the top of the site.</summary>
    public ContentSection? Section { get; init; }

    /// <summary>The pipeline that reads its files. Types read together (a week and its resources) name the same one.</summary>
    public required string PipelineName { get; init; }

    /// <summary>Makes that pipeline; exactly one of the types it reads says how, the others leave this null.</summary>
    public Func<SiteContext, Pipeline>? CreatePipeline { get; init; }

    /// <summary>Its place in the search filter's list of types.</summary>
    public required int SearchPosition { get; init; }

    /// <summary>
    /// How much a match on one of its pages counts in search, as a percentage of a match elsewhere: less for pages
    /// that repeat what a more lasting page says (a week's resources repeat the week's name and theme).
    /// </summary>
    public int SearchWeight { get; init; } = 100;

    /// <summary>Whether its items are listed on topic and nation pages.</summary>
    public bool OnTaxonomyPages { get; init; }

    /// <summary>Its own listing pages (an index, a directory); none when null.</summary>
    public Func<ListingContext, IEnumerable<ListingPage>>? Listings { get; init; }

    /// <summary>Fields that name items of other types (an event's organiser): checked, and listed on the named item's page.</summary>
    public IReadOnlyList<ContentReference> References { get; init; } = [];

    /// <summary>Where its entries go in the editing UI, when its files are not simply "folder/*.md" (given the awareness weeks' years).</summary>
    public Func<IReadOnlyList<string>, IReadOnlyList<Cms.CmsCollection>>? CmsCollections { get; init; }

    /// <summary>What it adds to the content API beyond what every item's document has.</summary>
    public ContentApi Api { get; init; } = new();

    /// <summary>Its feed, when it has one.</summary>
    public ContentFeed? Feed { get; init; }

    /// <summary>
    /// Facts of its own that a translation must repeat unchanged (a brief's number of asks), beside the date and
    /// nations every type shares: a Welsh page with another date or another ask is a different page, not a translation.
    /// </summary>
    public Func<ContentItem, IEnumerable<Languages.SharedFact>> SharedFacts { get; init; } = _ => [];

    /// <summary>The files that are one page each, for links between them: by default every file of the type.</summary>
    public string PagePattern { get => field ?? Pattern; init; }
}
