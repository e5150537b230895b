using System.Globalization;
using System.Text.Json.Nodes;
using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Content.Members;
using Movement.Site.Content.News;
using Movement.Site.Json;
using Movement.Site.Listings;
using Movement.Site.Rendering;
using Movement.Site.Settings;
using Movement.Site.SocialCards;

namespace Movement.Site.Metadata;

/// <summary>
/// schema.org JSON-LD for a page: a member as the kind of organisation it is (<see cref="MemberSchemaTypes"/>), an Article for briefs and news, an Event for an
/// awareness week, the WebSite and its organisation on the home page, and a BreadcrumbList everywhere
/// else. The JSON goes inside a script element, so the encoder escapes &lt;, &gt; and &amp; as \u
/// sequences: a title such as "&lt;/script&gt;" cannot end the element.
/// </summary>
public static class StructuredData
{
    public static string For(PageContext page, object model)
    {
        var own = PageItem.Of(model)?.StructuredData(page);
        var node = own ?? PageItem.Of(model) switch
        {
            Member member => MemberOrganisation(page, member),
            PolicyBrief or NewsItem => Article(page, PageItem.Of(model)!),
            AwarenessWeek week => Event(page, week),
            _ when model is HomePage => WebSite(page.Site),
            _ => Breadcrumbs(page),
        };
        if ((own is not null || PageItem.Of(model) is PolicyBrief or NewsItem or AwarenessWeek) && SocialCard.IsShared(page))
        {
            node["image"] = CardOf(page, model);
        }

        return SiteJson.Inline(node);
    }

    private static JsonObject MemberOrganisation(PageContext page, Member member)
    {
        var organisation = Typed(MemberSchemaTypes.Of(member.OrganisationType));
        organisation["name"] = member.Name;
        organisation["description"] = member.Summary;
        organisation["url"] = member.Website.Length > 0 ? member.Website : page.CanonicalUrl;
        if (member.Nations.Count > 0)
        {
            organisation["areaServed"] = Array(member.Nations.Select(n => (JsonNode)Place(Nations.NameOf(n))));
        }

        if (member.Region.Length > 0)
        {
            organisation["location"] = Place(member.Region);
        }

        organisation["memberOf"] = Organisation(page.Site);
        return organisation;
    }

    private static JsonObject Article(PageContext page, ContentItem item)
    {
        var article = Typed("Article");
        article["headline"] = item.Title;
        article["description"] = item.Summary;
        article["url"] = page.CanonicalUrl;
        article["mainEntityOfPage"] = page.CanonicalUrl;
        article["inLanguage"] = page.Lang == "cy" ? "cy-GB" : page.Site.Language;
        if (item.Date is { } date)
        {
            article["datePublished"] = Iso(date);
            article["dateModified"] = Iso(item.Updated ?? date);
        }


        article["author"] = Organisation(page.Site);
        article["publisher"] = Organisation(page.Site);
        return article;
    }

    private static JsonObject Event(PageContext page, AwarenessWeek week)
    {
        var happening = Typed("Event");
        happening["name"] = week.Title;
        happening["description"] = week.Summary.Length > 0 ? week.Summary : week.Theme;
        happening["startDate"] = Iso(week.Start);
        happening["endDate"] = Iso(week.End);
        happening["eventStatus"] = "https://schema.org/EventScheduled";
        happening["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode";
        var location = Typed("VirtualLocation", withContext: false);
        location["url"] = page.CanonicalUrl;
        happening["location"] = location;
        happening["url"] = page.CanonicalUrl;
        happening["organizer"] = Organisation(page.Site);
        return happening;
    }

    /// <summary>The page's social card, the picture its link previews show (see SocialCard).</summary>
    private static string CardOf(PageContext page, object model) => page.Site.AbsoluteUrl(SocialCard.For(page, model).Url);

    private static JsonObject WebSite(SiteSettings site)
    {
        var website = Typed("WebSite");
        website["name"] = site.Title;
        website["description"] = site.Description;
        website["url"] = site.AbsoluteUrl("/");
        website["inLanguage"] = site.Language;
        website["publisher"] = Organisation(site);
        return website;
    }

    private static JsonObject Breadcrumbs(PageContext page)
    {
        var list = Typed("BreadcrumbList");
        list["itemListElement"] = Array(page.Breadcrumbs.Select((crumb, i) =>
        {
            var element = Typed("ListItem", withContext: false);
            element["position"] = i + 1;
            element["name"] = crumb.Title;
            element["item"] = page.Site.AbsoluteUrl(crumb.Url);
            return (JsonNode)element;
        }));
        return list;
    }

    /// <summary>The movement itself, as publisher and organiser.</summary>
    public static JsonObject Organisation(SiteSettings site)
    {
        var organisation = Typed("Organization", withContext: false);
        organisation["name"] = site.Title;
        organisation["url"] = site.AbsoluteUrl("/");
        if (site.ContactEmail.Length > 0)
        {
            organisation["email"] = site.ContactEmail;
        }

        return organisation;
    }

    public static JsonObject Place(string name)
    {
        var place = Typed("Place", withContext: false);
        place["name"] = name;
        return place;
    }

    public static JsonObject Typed(string type, bool withContext = true)
    {
        var node = new JsonObject();
        if (withContext)
        {
            node["@context"] = "https://schema.org";
        }

        node["@type"] = type;
        return node;
    }

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
