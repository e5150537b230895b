namespace Movement.Site.Tests.Api;

/// <summary>Inline content the API tests share: a week with one resource, and an undated page.</summary>
public static class ApiTestContent
{
    public const string WeekResourceAndPage = """
        -- awareness-week/2025/index.md --
        ---
        title: Week 2025
        theme: Babies
        summary: A week.
        start: 2025-06-09
        end: 2025-06-15
        ---
        -- awareness-week/2025/resources/toolkit.md --
        ---
        title: Toolkit
        kind: toolkit
        summary: A toolkit.
        file: toolkit.pdf
        ---
        -- awareness-week/2025/resources/toolkit.pdf --
        %PDF
        -- pages/about.md --
        ---
        title: About
        summary: Who we are.
        ---
        """;
}
