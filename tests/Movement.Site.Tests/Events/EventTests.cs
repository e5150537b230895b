using System.Text;
using System.Text.Json.Nodes;
using Movement.Core.Diagnostics;
using Movement.Testing;

namespace Movement.Site.Tests.Events;

public class EventTests
{
    public const string Member = """
        -- members/home-start-uk.yml --
        name: Home-Start UK
        type: charity
        nations: [uk-wide]
        description: Volunteers supporting families with young children.
        """;

    public const string Week = """
        -- awareness-week/2027/index.md --
        ---
        title: Infant Mental Health Awareness Week 2027
        theme: Holding babies in mind
        start: 2027-06-07
        end: 2027-06-13
        summary: S
        ---
        """;

    /// <summary>One event in summer time, one in winter, one all-day over two days; the build believes it is 21 November 2026.</summary>
    public const string ThreeEvents = """
        -- events/summer-webinar.md --
        ---
        title: Summer webinar
        summary: In British Summer Time.
        start: 2027-06-09 12:30
        end: 2027-06-09 13:30
        attendance: online
        organiser: home-start-uk
        awareness_week: "2027"
        booking: https://example.org/join
        ---
        -- events/winter-workshop.md --
        ---
        title: Winter workshop
        summary: In Greenwich Mean Time.
        start: 2027-01-20 10:00
        end: 2027-01-20 15:30
        attendance: in-person
        venue: Ayr Town Hall
        address: New Bridge Street, Ayr
        organiser: home-start-uk
        ---
        -- events/gathering.md --
        ---
        title: Gathering
        summary: Two whole days.
        start: 2027-11-04
        end: 2027-11-05
        attendance: hybrid
        venue: Birmingham
        ---
        -- events/past-conference.md --
        ---
        title: Past conference
        summary: Over.
        start: 2020-01-29 09:30
        end: 2020-01-29 16:30
        attendance: in-person
        venue: London
        ---
        """;

    [Fact]
    public async Task An_event_page_says_when_in_the_uk_clock_and_where_and_who_runs_it()
    {
        var site = await TestSite.BuildWithRealThemeAsync(string.Join("\n", Member, Week, ThreeEvents));

        site.AssertSucceeded();
        site.AssertFile("events/summer-webinar/index.html",
            "<h1>Summer webinar</h1>", "Wednesday 9 June 2027, 12:30 to 13:30 BST", "datetime=\"2027-06-09T11:30:00Z\"",
            "href=\"/members/home-start-uk/\">Home-Start UK</a>", "href=\"/awareness-week/2027/\">Infant Mental Health Awareness Week 2027</a>",
            "Register to join", "href=\"/events/summer-webinar/summer-webinar.ics\"");
        site.AssertFile("events/winter-workshop/index.html", "Wednesday 20 January 2027, 10:00 to 15:30 GMT", "Ayr Town Hall<br>New Bridge Street, Ayr");
        site.AssertFile("events/gathering/index.html", "4 to 5 November 2027", "or join online");
        site.AssertFile("events/past-conference/index.html", "This event has taken place.");
    }

    [Fact]
    public async Task Its_structured_data_is_a_schema_org_event_with_the_offset_of_the_day()
    {
        var site = await TestSite.BuildWithRealThemeAsync(string.Join("\n", Member, Week, ThreeEvents));

        var summer = StructuredDataOf(site.Text("events/summer-webinar/index.html"));
        Assert.Equal("Event", (string?)summer["@type"]);
        Assert.Equal("2027-06-09T12:30:00+01:00", (string?)summer["startDate"]);
        Assert.Equal("2027-06-09T13:30:00+01:00", (string?)summer["endDate"]);
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", (string?)summer["eventAttendanceMode"]);
        Assert.Equal("Home-Start UK", (string?)summer["organizer"]!["name"]);
        var winter = StructuredDataOf(site.Text("events/winter-workshop/index.html"));
        Assert.Equal("2027-01-20T10:00:00+00:00", (string?)winter["startDate"]);
        Assert.Equal("Ayr Town Hall", (string?)winter["location"]!["name"]);
        var gathering = StructuredDataOf(site.Text("events/gathering/index.html"));
        Assert.Equal(("2027-11-04", "2027-11-05"), ((string?)gathering["startDate"], (string?)gathering["endDate"]));
        Assert.Equal(2, gathering["location"]!.AsArray().Count);
    }

    [Fact]
    public async Task Events_are_listed_coming_up_soonest_first_then_past_and_on_the_pages_they_name()
    {
        var site = await TestSite.BuildWithRealThemeAsync(string.Join("\n", Member, Week, ThreeEvents));

        var listing = site.Text("events/index.html");
        var order = new[] { "/events/winter-workshop/", "/events/summer-webinar/", "/events/gathering/", "Past events", "/events/past-conference/" }
            .Select(s => listing.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        site.AssertFile("members/home-start-uk/index.html", "<h2 id=\"referenced-events\">Events</h2>", "/events/summer-webinar/", "/events/winter-workshop/");
        site.AssertFile("awareness-week/2027/index.html", "<h2 id=\"referenced-events\">Events</h2>", "/events/summer-webinar/");
        Assert.DoesNotContain("/events/gathering/", site.Text("members/home-start-uk/index.html"));
    }

    [Fact]
    public async Task Events_are_in_search_the_api_the_feeds_and_the_editing_ui()
    {
        var site = await TestSite.BuildAsync(string.Join("\n", Member, Week, ThreeEvents));

        site.AssertFile("api/v1/content/events/gathering.json", "\"type\": \"event\"");
        site.AssertFile("api/v1/event/schema.json", "\"start\"");
        site.AssertFile("events/feed.xml", "<title>Summer webinar</title>");
        site.AssertFile("admin/config.yml", "folder: input/events", "widget: datetime");
        Assert.Contains(site.Files.Keys, path => path.StartsWith("search/", StringComparison.Ordinal));
        Assert.Contains(site.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)), f => Encoding.UTF8.GetString(f.Value.Content.Span).Contains("Summer webinar", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("start: 2027-06-09 12:30\nend: 2027-06-09 11:00\nattendance: online", "MV0682", 5, "ends (2027-06-09 11:00) before it starts")]
    [InlineData("start: 2027-06-09\nend: 2027-06-09 11:00\nattendance: online", "MV0681", 5, "starts on a day but ends at a time")]
    [InlineData("start: 2027-06-09 12:30\nattendance: in-person", "MV0683", 5, "needs a venue")]
    [InlineData("start: 2027-06-09 12:30\nattendance: online\norganiser: home-start", "MV0680", 6, "Did you mean 'home-start-uk'?")]
    [InlineData("start: 2027-06-09 25:30\nattendance: online", "MV0113", 4, "'25:30'")]
    public async Task A_mistake_is_reported_at_its_line(string fields, string code, int line, string says)
    {
        var site = await TestSite.BuildAsync(Member + $"\n-- events/x.md --\n---\ntitle: X\nsummary: S\n{fields}\n---\n");

        var error = Assert.Single(site.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((code, "events/x.md", line), (error.Code, error.Location.Path, error.Location.Line));
        Assert.Contains(says, error.Message);
        Assert.False(site.Committed);
    }

    [Fact]
    public async Task A_past_event_that_still_offers_booking_is_warned_about_and_its_page_stops_offering_it()
    {
        var site = await TestSite.BuildAsync("-- events/x.md --\n---\ntitle: X\nsummary: S\nstart: 2020-01-29 09:30\nattendance: online\nbooking: https://example.org/book\n---\n");

        site.AssertSucceeded();
        var warning = Assert.Single(site.Report.Diagnostics);
        Assert.Equal(("MV0684", 6), (warning.Code, warning.Location.Line));
        Assert.DoesNotContain("https://example.org/book", site.Text("events/x/index.html"));
    }

    private static JsonNode StructuredDataOf(string html)
    {
        const string Start = "<script type=\"application/ld+json\">";
        var from = html.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        return JsonNode.Parse(html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)])!;
    }
}
