using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Content.Members;
using Movement.Site.Content.News;
using Movement.Site.Listings;
using Movement.Site.Metadata;
using Movement.Site.Rendering;

namespace Movement.Site.SocialCards;

/// <summary>
/// What a page's link-preview picture shows: its title, a label for its kind, a date line and the site's
/// name. The picture is named after a digest of exactly these, so a card is drawn again only when one of
/// them changes, and an unchanged card keeps its address (platforms cache previews by address).
/// </summary>
public sealed record SocialCard(string Title, string Label, string DateLine, string SiteTitle)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Moves on when the drawing changes, so every card gets a new name then.</summary>
    private const string Design = "card-5";

    // Both digests are worked out once per card, not at each use: a build asks each of its thousands of cards for its
    // address several times (to note it, sort it, name its file and thumbnail), and each time cost a SHA-256.
    private string? _digest;
    private string? _key;

    /// <summary>A copy for <c>with</c>: the digests are left to be worked out again from the copy's own fields.</summary>
    private SocialCard(SocialCard original)
    {
        (Title, Label, DateLine, SiteTitle, HasThumbnail) = (original.Title, original.Label, original.DateLine, original.SiteTitle, original.HasThumbnail);
    }

    public string Digest => _digest ??= Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\u001f', Design, Title, Label, DateLine, SiteTitle))))[..16];

    /// <summary>The key its drawing is kept under between builds: what it shows, and what it is drawn with.</summary>
    public string Key => _key ??= Images.PictureKey.Of(Design, Title, Label, DateLine, SiteTitle);

    /// <summary>The site URL of the PNG, e.g. "/cards/0123456789abcdef.png".</summary>
    public string Url => $"/cards/{Digest}.png";

    /// <summary>The width of the smaller WebP copy drawn of a card shown as a thumbnail.</summary>
    public const int ThumbnailWidth = 480;

    /// <summary>Whether a smaller copy is drawn too, for pages that show the card as a thumbnail (a resource's).</summary>
    public bool HasThumbnail { get; init; }

    /// <summary>The card as a picture in two sizes: the smaller WebP copy, and the PNG itself.</summary>
    public Images.ContentPicture Thumbnail
    {
        get
        {
            var height = (int)Math.Round(Height * (double)ThumbnailWidth / Width);
            return new Images.ContentPicture(Url, Url, Width, Height, "png",
            [
                new Images.PictureVariant($"/cards/{Digest}-{ThumbnailWidth}.webp", ThumbnailWidth, height, "webp", false),
                new Images.PictureVariant(Url, Width, Height, "png", true),
            ]);
        }
    }

    /// <summary>Cards are equal by what they show, whether or not their digests were worked out yet.</summary>
    public bool Equals(SocialCard? other) =>
        other is not null && (Title, Label, DateLine, SiteTitle, HasThumbnail) == (other.Title, other.Label, other.DateLine, other.SiteTitle, other.HasThumbnail);

    public override int GetHashCode() => HashCode.Combine(Title, Label, DateLine, SiteTitle, HasThumbnail);

    /// <summary>The image's text alternative, for og:image:alt.</summary>
    public string Alt => string.Join(". ", new[] { Label, Title, DateLine, SiteTitle }.Where(s => s.Length > 0)) + ".";

    /// <summary>Whether a page is one people share: not a page made for partners' iframes.</summary>
    public static bool IsShared(PageContext page) => !page.Url.StartsWith(Embeds.EmbedUrls.Prefix + "/", StringComparison.Ordinal);

    public static SocialCard For(PageContext page, object model)
    {
        var item = PageItem.Of(model);
        var title = model is HomePage && page.Site.Description.Length > 0 ? page.Site.Description : page.Title;
        return new SocialCard(Tidy(title), LabelOf(page, model, item), DateLineOf(model, item), page.Site.Title) { HasThumbnail = model is ResourceView };
    }

    /// <summary>The card of a resource's page, as that page names it, for other pages that show it (the week's).</summary>
    /// <param name="page">The page that shows it.</param>
    public static SocialCard OfResource(PartnerResource resource, AwarenessWeek? week, PageContext page) =>
        For(page with { Url = resource.Url, Title = resource.Title, Description = resource.Summary, Lang = resource.Lang }, new ResourceView(resource, week));

    private static string LabelOf(PageContext page, object model, ContentItem? item) => item switch
    {
        PartnerResource resource => resource.ResourceKind.Length > 0 ? Sentence(resource.ResourceKind) : "Resource",
        not null when page.Catalogue.CardLabelOf(item.Kind) is { Length: > 0 } label => label,
        _ when model is HomePage => "",
        _ when page.Breadcrumbs.Count > 2 => page.Breadcrumbs[1].Title,
        // A Welsh page says so in Welsh: the site's name on the card is English.
        _ when page.Lang == "cy" => "Cymraeg",
        _ => "",
    };

    private static string DateLineOf(object model, ContentItem? item) => (model, item) switch
    {
        (ResourceView { Week: { } week }, _) => $"{week.Title} · {Range(week.Start, week.End)}",
        (_, AwarenessWeek week) => Range(week.Start, week.End),
        (_, PolicyBrief or NewsItem) when item.Date is { } date => Day(date),
        (_, Member member) => MemberLine(member),
        (_, { CardLine.Length: > 0 }) => item.CardLine,
        _ => "",
    };

    /// <summary>What kind of organisation a member is and where: "NHS trust · West Midlands, England".</summary>
    private static string MemberLine(Member member)
    {
        var nations = string.Join(", ", member.Nations.Select(Content.Nations.NameOf));
        var place = string.Join(", ", new[] { Tidy(member.Region), nations }.Where(s => s.Length > 0));
        return string.Join(" · ", new[] { MemberTypes.NameOf(member.OrganisationType), place }.Where(s => s.Length > 0));
    }

    /// <summary>"social-card" or "Social media card" becomes "Social media card".</summary>
    private static string Sentence(string kind)
    {
        var words = kind.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>One line of text: control characters and runs of white space become single spaces.</summary>
    private static string Tidy(string text) =>
        Typeset(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(c => !char.IsControl(c)).ToArray()))));

    /// <summary>Typewriter quotes set as printed ones, as the large type of a card shows them: babies' becomes babies’, "a" becomes “a”.</summary>
    public static string Typeset(string text)
    {
        var set = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var opening = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–';
            set.Append(text[i] switch
            {
                '\'' => opening ? '‘' : '’',
                '"' => opening ? '“' : '”',
                var c => c,
            });
        }

        return set.ToString();
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Range(DateOnly start, DateOnly end) =>
        start.Year == end.Year && start.Month == end.Month ? $"{start.Day}–{Day(end)}" : $"{Day(start)} – {Day(end)}";
}
