namespace Movement.Site.Tests.Tracker;

/// <summary>Small inline sites for the tracker's tests: one brief with two tracked asks; the build believes it is 21 November 2026.</summary>
public static class TrackerSites
{
    public const string Brief = """
        -- briefs/calls.md --
        ---
        title: Our calls
        summary: What we ask for.
        date: 2020-06-15
        asks:
          - id: strategic-commitment
            title: Make a strategic commitment
            detail: Commit at the top of government.
          - id: invest-early
            title: Invest early
            detail: Put money in before problems grow.
          - title: An untracked ask
            detail: Not followed by the tracker.
        ---
        Body
        """;

    public const string History = """
        -- tracker/strategic-commitment.md --
        ---
        entries:
          - government: uk-government
            date: 2021-03-25
            commitment: partial
            delivery: not started
            note: A vision for the first 1,001 days was published.
            illustrative: true
            evidence:
              - title: The best start for life
                publisher: Department of Health and Social Care
                date: 2021-03-25
                link: https://www.gov.uk/
          - government: Scottish Government
            date: 2019-05-01
            commitment: considering
            delivery: not-started
            note: A programme board began its work.
          - government: uk-government
            date: 2022-08-01
            commitment: committed
            delivery: in-progress
            note: Funding reached selected local authorities.
        ---
        """;

    public const string Both = Brief + "\n" + History;
}
