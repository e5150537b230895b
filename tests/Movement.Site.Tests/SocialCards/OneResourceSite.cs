namespace Movement.Site.Tests.SocialCards;

/// <summary>An inline site of one awareness week with one picture resource, "art", made from the given file.</summary>
public static class OneResourceSite
{
    public static string With(string file, string content) => $"""
        -- awareness-week/2025/index.md --
        ---
        title: Week 2025
        theme: T
        summary: S
        start: 2025-06-09
        end: 2025-06-15
        ---
        -- awareness-week/2025/resources/art.md --
        ---
        title: Art
        kind: social-card
        summary: A card.
        file: {file}
        alt: A picture.
        ---
        -- awareness-week/2025/resources/{file} --
        {content}
        """;
}
