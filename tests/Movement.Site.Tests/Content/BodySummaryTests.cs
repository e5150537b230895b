using Movement.Site.Content;

namespace Movement.Site.Tests.Content;

public class BodySummaryTests
{
    [Theory]
    [InlineData("Short and sweet.", "Short and sweet.")]
    [InlineData("  Spaces\n\tand   breaks\u00a0collapse  ", "Spaces and breaks collapse")]
    [InlineData("", "")]
    public void A_short_paragraph_is_its_words_joined_by_single_spaces(string paragraph, string expected) =>
        Assert.Equal(expected, BodySummary.From(paragraph));

    [Fact]
    public void A_long_paragraph_is_cut_at_the_last_space_within_the_length_without_trailing_punctuation()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("babies, parents;", 20));

        var summary = BodySummary.From(paragraph);

        Assert.EndsWith("…", summary);
        Assert.True(summary.Length <= BodySummary.Length + 1);
        Assert.False(summary[..^1].EndsWith(',') || summary[..^1].EndsWith(';'));
    }

    /// <summary>Paragraphs of every length around the cut, with runs of all kinds of white space, against the plain definition.</summary>
    [Fact]
    public void Every_paragraph_is_summarised_as_splitting_into_words_and_joining_them_would()
    {
        var random = new Random(1001);
        string[] gaps = [" ", "  ", "\n", " \t ", "\u00a0", "\r\n"];
        string[] words = ["a", "to", "the", "baby", "wellbeing,", "conception;", "two.", "x:", new string('w', 170)];
        for (var i = 0; i < 5000; i++)
        {
            var paragraph = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => gaps[random.Next(gaps.Length)] + words[random.Next(words.Length - (i % 50 == 0 ? 0 : 1))]));
            Assert.Equal(Defined(paragraph), BodySummary.From(paragraph));
        }
    }

    private static string Defined(string paragraph)
    {
        var text = string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= BodySummary.Length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', BodySummary.Length);
        return (cut > 0 ? text[..cut] : text[..BodySummary.Length]).TrimEnd(',', ';', ':', '.') + "…";
    }
}
