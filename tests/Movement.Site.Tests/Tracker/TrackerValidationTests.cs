using Movement.Core.Diagnostics;
using Movement.Testing;

namespace Movement.Site.Tests.Tracker;

public class TrackerValidationTests
{
    [Fact]
    public async Task A_file_named_after_no_ask_is_reported_with_the_closest_id()
    {
        var site = await TestSite.BuildAsync(TrackerSites.Brief + "\n" + TrackerSites.History.Replace("tracker/strategic-commitment.md", "tracker/strategic-comitment.md"));

        var error = site.AssertDiagnostic(DiagnosticCodes.UnknownTrackedAsk, "tracker/strategic-comitment.md", 1);
        Assert.Contains("strategic-commitment", error.Message);
        Assert.False(site.Has("tracker/strategic-comitment/index.html"));
    }

    [Fact]
    public async Task Two_asks_with_one_id_are_reported_at_the_second()
    {
        var site = await TestSite.BuildAsync(TrackerSites.Both.Replace("- id: invest-early", "- id: strategic-commitment"));

        var error = site.AssertDiagnostic(DiagnosticCodes.DuplicateAskId, "briefs/calls.md", 9);
        Assert.Contains("ask 1 of 'Our calls'", error.Message);
    }

    [Fact]
    public async Task An_ask_id_that_is_no_slug_is_reported()
    {
        var site = await TestSite.BuildAsync(TrackerSites.Brief.Replace("- id: invest-early", "- id: Invest Early"));

        Assert.Contains("invest-early", site.AssertDiagnostic(DiagnosticCodes.InvalidAskId, "briefs/calls.md", 9).Hint);
    }

    [Fact]
    public async Task An_unknown_government_or_status_is_reported_with_the_closest_value()
    {
        var site = await TestSite.BuildAsync(TrackerSites.Both.Replace("government: Scottish Government", "government: Scotish Government").Replace("commitment: committed", "commitment: commited"));

        Assert.Contains("scottish-government", site.AssertDiagnostic(DiagnosticCodes.NotAllowed, "tracker/strategic-commitment.md", 14).Message);
        Assert.Contains("committed", site.AssertDiagnostic(DiagnosticCodes.NotAllowed, "tracker/strategic-commitment.md", 21).Message);
    }

    [Fact]
    public async Task Entries_out_of_date_order_for_a_government_are_reported_at_the_later_one()
    {
        var site = await TestSite.BuildAsync(TrackerSites.Both.Replace("date: 2022-08-01", "date: 2020-08-01"));

        var error = site.AssertDiagnostic(DiagnosticCodes.TrackerEntryOutOfOrder, "tracker/strategic-commitment.md", 20);
        Assert.Contains("oldest first", error.Hint);
    }

    [Fact]
    public async Task Two_entries_for_a_government_on_one_day_are_reported()
    {
        var site = await TestSite.BuildAsync(TrackerSites.Both.Replace("date: 2022-08-01", "date: 2021-03-25"));

        site.AssertDiagnostic(DiagnosticCodes.TrackerEntrySameDay, "tracker/strategic-commitment.md", 20);
    }

    [Fact]
    public async Task Evidence_without_a_link_or_a_date_is_reported()
    {
        var site = await TestSite.BuildAsync(TrackerSites.Both.Replace("        link: https://www.gov.uk/\n", "").Replace("        date: 2021-03-25\n        link", "        link"));

        var error = site.AssertDiagnostic(DiagnosticCodes.EvidenceIncomplete, "tracker/strategic-commitment.md");
        Assert.Contains("no link", error.Message);
    }
}
