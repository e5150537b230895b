using AngleSharp.Html.Parser;
using Movement.Core.Documents;

namespace Movement.Core.Html;

/// <summary>
/// The ids a rendered page offers as link targets (<c>#section</c>): its headings' ids and any other id
/// or named anchor in the theme's markup. A page is parsed only when a link asks for one of its sections.
/// </summary>
public sealed class PageAnchors
{
    private readonly Dictionary<Document, HashSet<string>> _ids = new(ReferenceEqualityComparer.Instance);

    public IReadOnlySet<string> Of(Document page)
    {
        if (!_ids.TryGetValue(page, out var ids))
        {
            var html = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.ContentBytes().Span));
            ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in html.QuerySelectorAll("[id], a[name]"))
            {
                ids.Add(element.Id ?? element.GetAttribute("name") ?? "");
                if (element.GetAttribute("name") is { } name)
                {
                    ids.Add(name);
                }
            }

            _ids[page] = ids;
        }

        return ids;
    }
}
