using Movement.Testing;

namespace Movement.Site.Tests.Content;

public class TheoryOfChangeTests
{
    [Fact]
    public async Task A_theory_of_change_shows_activities_outcomes_and_vision_in_order()
    {
        var site = await TestSite.BuildWithRealThemeAsync("""
            -- theory-of-change/2020-2023.md --
            ---
            title: Theory of change 2020–2023
            period: 2020–2023
            summary: How change happens.
            vision: Every baby is loved.
            mission: Drive change.
            outcomes:
              - title: Decision makers value babies
                indicators: [Babies named in strategies]
            activities:
              - title: Share evidence
                detail: Briefs and reports.
            assumptions: [Evidence persuades]
            ---
            The narrative.
            """);

        site.AssertSucceeded();
        var steps = site.Html("theory-of-change/2020-2023/index.html").QuerySelectorAll(".chain-step h3").Select(h => h.TextContent);
        Assert.Equal(["What we do", "What changes", "Our vision"], steps);
        site.AssertFile("theory-of-change/2020-2023/index.html", "Share evidence", "Babies named in strategies", "Every baby is loved.", "The narrative.", "Evidence persuades");
    }

    [Fact]
    public async Task A_theory_of_change_without_outcomes_is_reported()
    {
        var site = await TestSite.BuildAsync("""
            -- theory-of-change/t.md --
            ---
            title: T
            period: 2020–2023
            summary: S
            vision: V
            mission: M
            activities:
              - title: A
            ---
            """);

        Assert.Contains("outcomes", site.AssertDiagnostic("MV0101", "theory-of-change/t.md").Message);
        site.AssertFailedWithoutOutput();
    }
}
