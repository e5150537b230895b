using System.Text.Json.Nodes;

namespace Movement.Site.Api;

/// <summary>One page of an <see cref="ApiCollection"/>: the same shape for every list, with its totals and links.</summary>
public static class ApiPage
{
    public static JsonObject Of(ApiCollection list, int page, int pageSize, ApiLinks links)
    {
        var pages = list.PageCount(pageSize);
        var document = new JsonObject { ["$schema"] = links.Absolute(ApiUrls.ListSchema) };
        if (list.Type is { } type)
        {
            document["type"] = type;
        }

        document["label"] = list.Label;
        if (list.Filter is { } filter)
        {
            document["filter"] = new JsonObject { [filter.Key] = filter.Value };
        }

        if (list.Term is { } term)
        {
            document["term"] = term.DeepClone();
        }

        document["count"] = list.Items.Count;
        document["page"] = page;
        document["pages"] = pages;
        document["page_size"] = pageSize;
        var navigation = new JsonObject
        {
            ["self"] = links.Absolute(ApiUrls.PageOf(list.FirstPage, page)),
            ["first"] = links.Absolute(list.FirstPage),
            ["last"] = links.Absolute(ApiUrls.PageOf(list.FirstPage, pages)),
        };
        if (page > 1)
        {
            navigation["prev"] = links.Absolute(ApiUrls.PageOf(list.FirstPage, page - 1));
        }

        if (page < pages)
        {
            navigation["next"] = links.Absolute(ApiUrls.PageOf(list.FirstPage, page + 1));
        }

        document["links"] = navigation;
        document["items"] = new JsonArray([.. list.ItemsOnPage(page, pageSize).Select(i => (JsonNode)ApiEntry.Summary(i, links))]);
        return document;
    }
}
