using System.Text.Json.Nodes;
using Movement.Site.Tests.Output;
using Movement.Testing;

namespace Movement.Site.Tests.Events;

/// <summary>
/// Calendar files read by an independent parser, Debian's python3-icalendar (tests/run.sh installs it): every
/// time lands on the right instant in winter (GMT) and in summer (BST), and all-day events are whole days.
/// </summary>
public class EventCalendarTests(BuiltDemo demo) : IClassFixture<BuiltDemo>
{
    [Fact]
    public async Task Each_event_file_gives_the_right_instant_in_summer_and_winter_and_whole_days()
    {
        var site = await TestSite.BuildAsync(string.Join("\n", EventTests.Member, EventTests.Week, EventTests.ThreeEvents));
        site.AssertSucceeded();
        using var folder = new TempFolder();
        var files = site.Files.Where(f => f.Key.EndsWith(".ics", StringComparison.Ordinal) && f.Key.StartsWith("events/", StringComparison.Ordinal)).ToList();
        foreach (var (path, file) in files)
        {
            File.WriteAllBytes(folder.Combine(path.Replace('/', '_')), file.Content.ToArray());
        }

        var events = await ReadAsync(files.Select(f => folder.Combine(f.Key.Replace('/', '_'))));

        Assert.Equal(("2027-06-09T11:30:00+00:00", "2027-06-09T12:30:00+00:00"), Times(events, "events_summer-webinar_summer-webinar.ics"));
        Assert.Equal(("2027-01-20T10:00:00+00:00", "2027-01-20T15:30:00+00:00"), Times(events, "events_winter-workshop_winter-workshop.ics"));
        Assert.Equal(("2027-11-04", "2027-11-06"), Times(events, "events_gathering_gathering.ics"));
        Assert.Equal(("2020-01-29T09:30:00+00:00", "2020-01-29T16:30:00+00:00"), Times(events, "events_past-conference_past-conference.ics"));
        var upcoming = events.Where(e => ((string)e["file"]!).EndsWith("events_upcoming.ics", StringComparison.Ordinal)).Select(e => (string)e["summary"]!).ToList();
        Assert.Equal(["Winter workshop", "Summer webinar", "Gathering"], upcoming);
    }

    [Fact]
    public async Task Every_calendar_file_of_the_demo_parses_and_names_its_events()
    {
        var files = Directory.GetFiles(demo.Folder, "*.ics", SearchOption.AllDirectories);
        Assert.True(files.Length >= 8, $"Expected the demo's events to have calendar files, found {files.Length}.");

        var events = await ReadAsync(files);

        Assert.Contains(events, e => (string)e["summary"]! == "The Parent-Infant Conference 2020" && (string)e["start"]! == "2020-01-29T09:30:00+00:00");
        Assert.All(events, e => Assert.EndsWith("@first1001days.example.org", (string)e["uid"]!));
    }

    private static (string, string) Times(IReadOnlyList<JsonNode> events, string file)
    {
        var found = Assert.Single(events, e => ((string)e["file"]!).EndsWith(file, StringComparison.Ordinal));
        return ((string)found["start"]!, (string)found["end"]!);
    }

    private static Task<IReadOnlyList<JsonNode>> ReadAsync(IEnumerable<string> files) =>
        PythonReader.ReadAsync("tests/Movement.Site.Tests/Events/read-calendars.py", "python3-icalendar", files);
}
