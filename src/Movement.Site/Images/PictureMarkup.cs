using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Movement.Site.Images;

/// <summary>
/// The markup of a picture in several sizes: a <c>&lt;picture&gt;</c> whose WebP <c>&lt;source&gt;</c> comes
/// first, and an <c>&lt;img&gt;</c> in the original format with the same sizes, the width and height it is shown
/// at (so the page keeps its space while it loads), and lazy loading. A picture shown as it is (a GIF, an SVG)
/// is a plain <c>&lt;img&gt;</c> with its size.
/// </summary>
public static partial class PictureMarkup
{
    /// <summary>How wide a picture in a page's text is shown: the text column (42rem), or the screen less its margins.</summary>
    public const string ProseSizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    /// <summary>How wide a thumbnail in a grid of cards is shown: a column of about 20rem, or the screen less its margins.</summary>
    public const string ThumbnailSizes = "(min-width: 44rem) 20rem, calc(100vw - 4.5rem)";

    /// <summary>How wide the home page's picture is shown: its column beside the name, or the screen less its margins.</summary>
    public const string HeroSizes = "(min-width: 56rem) 24rem, calc(100vw - 2rem)";

    /// <param name="attributes">Other attributes of the img, already HTML-encoded, e.g. <c> title="A"</c>.</param>
    /// <param name="firstScreen">
    /// Whether the picture is in view when the page opens (the home page's): it is then fetched at once and early,
    /// as it is likely the largest thing painted, rather than lazily.
    /// </param>
    public static string Of(ContentPicture picture, string alt, string sizes, string attributes = "", bool firstScreen = false)
    {
        var shown = picture.Shown;
        var img = new StringBuilder("<img src=\"").Append(Encode(EscapePath(shown.Url))).Append('"');
        if (picture.Fallbacks.Count > 1)
        {
            img.Append(" srcset=\"").Append(Encode(SourceSet(picture.Fallbacks))).Append("\" sizes=\"").Append(Encode(sizes)).Append('"');
        }

        img.Append($" width=\"{shown.Width}\" height=\"{shown.Height}\" alt=\"").Append(Encode(alt)).Append('"')
            .Append(attributes).Append(firstScreen ? " fetchpriority=\"high\" decoding=\"async\">" : " loading=\"lazy\" decoding=\"async\">");
        if (picture.WebP.Count == 0)
        {
            return img.ToString();
        }

        return $"<picture><source type=\"image/webp\" srcset=\"{Encode(SourceSet(picture.WebP))}\" sizes=\"{Encode(sizes)}\">{img}</picture>";
    }

    /// <summary>
    /// The body's <c>&lt;img&gt;</c> tags of the site's own pictures, each as the picture in several sizes; its
    /// alt and title are kept. Reads the HTML that Markdig or the sanitiser wrote, where every attribute value is in
    /// double quotes and holds no '&lt;' or '&gt;', so each tag is one match.
    /// </summary>
    /// <param name="pictureAt">The picture of a file in <c>input/</c>, or null to leave its tag as it is.</param>
    public static string InBody(string html, Func<string, ContentPicture?> pictureAt, string sizes) =>
        !html.Contains("<img", StringComparison.Ordinal) ? html : ImageTag().Replace(html, tag =>
        {
            string? src = null, alt = null;
            var kept = new StringBuilder();
            foreach (Match attribute in TagAttribute().Matches(tag.Groups["attributes"].Value))
            {
                var name = attribute.Groups["name"].Value.ToLowerInvariant();
                var value = attribute.Groups["value"].Value;
                switch (name)
                {
                    case "src":
                        src = WebUtility.HtmlDecode(value);
                        break;
                    case "alt":
                        alt = WebUtility.HtmlDecode(value);
                        break;
                    case "title":
                        kept.Append($" title=\"{value}\"");
                        break;
                }
            }

            return src is not null && alt is not null && FileOf(src) is { } file && pictureAt(file) is { } picture
                ? Of(picture, alt, sizes, kept.ToString())
                : tag.Value;
        });

    /// <summary>The input file a site-relative picture address names ("/files/a%20b.png" is "files/a b.png"), or null for any other address.</summary>
    public static string? FileOf(string src)
    {
        if (!src.StartsWith('/') || src.StartsWith("//", StringComparison.Ordinal) || src.Contains('\\'))
        {
            return null;
        }

        var end = src.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(end >= 0 ? src[..end] : src)[1..];
        return path.Length == 0 || path.Split('/').Any(s => s is "" or "." or "..") ? null : path;
    }

    /// <summary>"a.webp 480w, b.webp 800w", each address escaped so a space or comma in a file's name cannot end it early.</summary>
    private static string SourceSet(IEnumerable<PictureVariant> variants) =>
        string.Join(", ", variants.Select(v => $"{EscapePath(v.Url)} {v.Width}w"));

    private static string EscapePath(string url) => string.Join('/', url.Split('/').Select(Uri.EscapeDataString));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"<img\b(?<attributes>[^<>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTag();

    [GeneratedRegex(@"(?<=\s)(?<name>[A-Za-z][A-Za-z0-9-]*)=""(?<value>[^""]*)""")]
    private static partial Regex TagAttribute();
}
