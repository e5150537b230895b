using AngleSharp;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Movement.Core.Html;

namespace Movement.Site.Api;

/// <summary>
/// A body's sanitised HTML with every link, picture and citation address made absolute against its page, for
/// places that show it away from the site (the API's 'html', feed readers, partners' pages), where "/briefs/x/"
/// or "#asks" would lead nowhere. The addresses were checked by the sanitiser; only their form changes.
/// </summary>
public static class AbsoluteHtml
{
    private static readonly string[] Attributes = ["href", "src", "cite"];

    private static readonly HtmlParser Parser = new();

    /// <param name="pageUrl">The absolute address of the page the HTML belongs to.</param>
    public static string Of(string html, string pageUrl)
    {
        if (!Attributes.Any(a => html.Contains(a + "=", StringComparison.OrdinalIgnoreCase)))
        {
            return html; // Most bodies have no addresses; leave them byte for byte.
        }

        var page = new Uri(pageUrl);
        using var document = Parser.ParseDocument("<!DOCTYPE html><body></body>");
        var body = document.Body!;
        body.Append([.. Parser.ParseFragment(html, body)]);
        foreach (var element in body.QuerySelectorAll("[href], [src], [cite]"))
        {
            foreach (var name in Attributes)
            {
                if (element.GetAttribute(name) is { } value && ContentUrls.SchemeOf(value) is null && Uri.TryCreate(page, value.Trim(), out var absolute))
                {
                    element.SetAttribute(name, absolute.AbsoluteUri);
                }
            }
        }

        return body.ChildNodes.ToHtml(HtmlFormatter.Instance);
    }
}
