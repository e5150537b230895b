using System.Net;
using System.Text.RegularExpressions;
using Movement.Core.Html;

namespace Movement.Site.Api;

/// <summary>
/// A body's sanitised HTML with every link, picture and citation address made absolute against its page, for
/// places that show it away from the site (the API's 'html', feed readers, partners' pages), where "/briefs/x/"
/// or "#asks" would lead nowhere. The addresses were checked by the sanitiser; only their form changes.
/// </summary>
/// <remarks>
/// It reads the sanitiser's own serialisation, not any HTML: there, text never holds a '&lt;', attribute values
/// never a '&lt;', '&gt;' or '"' (all escaped), and every value is in double quotes. So each tag is one match of
/// <see cref="Tag"/> and each address one of <see cref="Address"/>, in one pass: a body of 100,000 links is not
/// parsed again for the API and each feed.
/// </remarks>
public static partial class AbsoluteHtml
{
    /// <param name="pageUrl">The absolute address of the page the HTML belongs to.</param>
    public static string Of(string html, string pageUrl)
    {
        if (!html.Contains("href=\"", StringComparison.Ordinal) && !html.Contains("src=\"", StringComparison.Ordinal) && !html.Contains("cite=\"", StringComparison.Ordinal))
        {
            return html; // Most bodies have no addresses; leave them byte for byte.
        }

        var page = new Uri(pageUrl);
        return Tag().Replace(html, tag => Address().Replace(tag.Value, attribute =>
        {
            var value = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
            if (ContentUrls.SchemeOf(value) is not null || !Uri.TryCreate(page, value.Trim(), out var absolute))
            {
                return attribute.Value;
            }

            var escaped = absolute.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
            return $"{attribute.Groups["name"].Value}=\"{escaped}\"";
        }));
    }

    [GeneratedRegex("<[A-Za-z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=\s)(?<name>href|src|cite)=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
