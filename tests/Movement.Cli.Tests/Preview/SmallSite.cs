namespace Movement.Cli.Tests.Preview;

/// <summary>The site the preview tests serve: one brief and one page.</summary>
public static class SmallSite
{
    public const string Brief = """
        ---
        title: Develop the workforce
        summary: Babies need skilled people around them.
        date: 2024-03-19
        ---
        The first version of the body.
        """;

    public const string Files = $"""
        -- input/briefs/workforce.md --
        {Brief}
        -- input/pages/about.md --
        ---
        title: About us
        summary: Who we are.
        ---
        We are a movement.
        """;
}
