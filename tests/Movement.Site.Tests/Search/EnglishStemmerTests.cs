using System;
using System.Globalization;
using System.IO;
using System.Text;
using Movement.Site.Search;
using Xunit;

namespace Movement.Site.Tests.Search;

public sealed class EnglishStemmerTests
{
    // Copied to the output folder by the test project, so the test does not depend on the working directory.
    private static readonly string DataDirectory =
        Path.Combine(AppContext.BaseDirectory, "Search", "Data", "snowball-english");

    private readonly EnglishStemmer _stemmer = new();

    [Fact]
    public void EveryVocabularyWordStemsAsSnowballDoes()
    {
        string[] words = File.ReadAllLines(Path.Combine(DataDirectory, "voc.txt"));
        string[] expected = File.ReadAllLines(Path.Combine(DataDirectory, "output.txt"));
        Assert.Equal(words.Length, expected.Length);

        int mismatches = 0;
        var report = new StringBuilder();
        for (int i = 0; i < words.Length; i++)
        {
            string actual = _stemmer.Stem(words[i]);
            if (actual != expected[i] && ++mismatches <= 20)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"line {i + 1}: {words[i]} -> {actual}, expected {expected[i]}");
            }
        }

        Assert.True(mismatches == 0, $"{mismatches} of {words.Length} words stem wrongly:\n{report}");
    }

    [Theory]
    [InlineData("babies", "babi")]
    [InlineData("campaigning", "campaign")]
    [InlineData("generously", "generous")]
    [InlineData("generate", "generat")]
    [InlineData("communication", "communic")]
    [InlineData("hoping", "hope")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("cries", "cri")]
    [InlineData("ties", "tie")]
    [InlineData("gas", "gas")]
    [InlineData("gaps", "gap")]
    [InlineData("sayings", "say")]
    [InlineData("youth", "youth")]
    [InlineData("nationalization", "nation")]
    [InlineData("dog's", "dog")]
    public void StemsTypicalWords(string word, string stem) => Assert.Equal(stem, _stemmer.Stem(word));

    [Theory]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("news", "news")]
    [InlineData("succeeding", "succeed")]
    [InlineData("innings", "inning")]
    public void StemsSpecialWordsFromTheExceptionLists(string word, string stem) =>
        Assert.Equal(stem, _stemmer.Stem(word));

    [Fact]
    public void StemsWordsLongerThanTheStackBuffer()
    {
        string start = new('b', 100);
        Assert.Equal(start + "nation", _stemmer.Stem(start + "nationalization"));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    [InlineData("run")]
    [InlineData("gas")]
    [InlineData("news")]
    public void ReturnsTheSameInstanceWhenNothingChanges(string word) => Assert.Same(word, _stemmer.Stem(word));
}
