using Movement.Site.Search;
using Movement.Testing;

namespace Movement.Site.Tests.Languages;

/// <summary>The C# half of the Welsh search key; tests/js/welsh-mutations.test.mjs holds the browser's to the same list.</summary>
public class WelshMutationsTests
{
    private static IEnumerable<(string Form, string Radical, bool Undone)> WordList() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "tests", "Movement.Site.Tests", "Languages", "Data", "welsh-mutations.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0].TrimStart('!'), p[1], !p[0].StartsWith('!')));

    [Fact]
    public void Every_mutated_form_of_the_word_list_has_its_radicals_key()
    {
        var wrong = WordList().Where(w => w.Undone && WelshMutations.Key(w.Form) != WelshMutations.Key(w.Radical)).ToList();
        Assert.Empty(wrong);
        Assert.True(WordList().Count() > 60);
    }

    [Fact]
    public void Soft_g_which_drops_the_letter_is_not_undone()
    {
        Assert.All(WordList().Where(w => !w.Undone), w => Assert.NotEqual(WelshMutations.Key(w.Radical), WelshMutations.Key(w.Form)));
    }

    [Fact]
    public void Ff_is_a_letter_of_its_own_and_short_words_are_left_alone()
    {
        Assert.Equal("ffordd", WelshMutations.Key("ffordd"));
        Assert.NotEqual(WelshMutations.Key("ffordd"), WelshMutations.Key("fordd"));
        Assert.Equal("yn", WelshMutations.Key("yn"));
        Assert.Equal("ei", WelshMutations.Key("ei"));
    }
}
