using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Schema;
using Movement.Site.Content;
using Movement.Site.Listings;
using Movement.Site.Settings;

namespace Movement.Site.Content.News;

public static class NewsType
{
    public const string Name = "news";

    public const string PipelineName = "News";

    private const string Description = "News from the movement and its members.";

    public static ContentType Create(SiteSettings settings) => new()
    {
        Name = Name,
        Labels = new("News", "News"),
        Section = new("/news/", "News"),
        PipelineName = PipelineName,
        CreatePipeline = site => new NewsPipeline(site),
        SearchPosition = 2,
        OnTaxonomyPages = true,
        Feed = new(1, "news", Description, OnEveryPage: true),
        Listings = listing => Pages(listing.Items.OfType<NewsItem>().NewestFirst().ToList()),
        Pattern = "news/*.md",
        Schema = new ContentSchema("news", "News",
        [
            Field.Text("title", "Title").Required().WithExample("Movement responds to the committee's report"),
            Field.Date("date", "Date").Required(),
            Field.LongText("summary", "Summary").Required().WithExample("What happened, in one sentence."),
            CommonFields.Topics(settings),
            Field.ChoiceList("nations", "Nations", Nations.Ids),
            Field.File("image", "Picture"),
            Field.LongText("alt", "Alt text for the picture"),
            .. CommonFields.All,
        ]),
        Bind = (fields, context) =>
        {
            var image = fields.Text("image") ?? "";
            var alt = fields.Text("alt") ?? "";
            if (image.Length > 0 && alt.Trim().Length == 0)
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.ImageWithoutAlt, fields.LocationOf("image"), $"The picture '{SitePath.AsWritten(image, SitePath.Directory(context.Source))}' has no alt text.",
                    "Add a line 'alt: ...' that says what the picture shows."));
            }

            var picture = image.Length > 0 && context.Input.Exists(image) ? Images.ContentPicture.Of(image, context.Input.ReadAllBytes(image)) : null;
            return new NewsItem { Image = image, Alt = alt, Picture = picture };
        },
        DefaultSlug = WithoutDatePrefix,
        UrlFor = (slug, _) => $"/news/{slug}/",
        NewFilePath = (slug, _) => $"news/{slug}.md",
    };

    private static IEnumerable<ListingPage> Pages(IReadOnlyList<NewsItem> news)
    {
        var pageCount = Math.Max(1, (news.Count + NewsIndex.PageSize - 1) / NewsIndex.PageSize);
        for (var page = 1; page <= pageCount; page++)
        {
            var title = page == 1 ? "News" : $"News, page {page} of {pageCount}";
            yield return new ListingPage(NewsIndex.UrlOf(page), title, Description,
                new NewsIndex(news.Skip((page - 1) * NewsIndex.PageSize).Take(NewsIndex.PageSize).ToList(), page, pageCount));
        }
    }

    /// <summary>"2025-06-09-week-starts.md" gives "week-starts": a date prefix keeps files in order without lengthening URLs.</summary>
    public static string WithoutDatePrefix(string source)
    {
        var name = SitePath.FileNameWithoutExtension(source);
        return name.Length > 11 && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", out _) && name[10] == '-' ? name[11..] : name;
    }
}
