namespace Movement.Benchmarks;

/// <summary>
/// The words generated text is made of. Without extra words, the campaign words are equally likely. With
/// them, made-up words from syllables join the campaign words (scattered among the first ranks) and words
/// are drawn by rank with Zipf's law.
/// </summary>
public sealed class Lexicon
{
    private static readonly string[] Syllables = ("ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko la le li lo lu " +
        "ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi wa we").Split(' ');

    private readonly string[] _words;
    private readonly double[] _cumulative;

    public Lexicon(string[] common, int extra, int seed)
    {
        if (extra == 0)
        {
            _words = common;
            _cumulative = Enumerable.Range(1, common.Length).Select(i => (double)i / common.Length).ToArray();
            return;
        }

        var random = new Random(seed + 1);
        var made = new HashSet<string>(common, StringComparer.Ordinal);
        var words = new List<string>();
        while (words.Count < extra)
        {
            var word = string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (made.Add(word))
            {
                words.Add(word);
            }
        }

        foreach (var word in common)
        {
            words.Insert(random.Next(Math.Min(words.Count, 2000)), word);
        }

        _words = [.. words];
        _cumulative = new double[_words.Length];
        var total = 0.0;
        for (var rank = 0; rank < _words.Length; rank++)
        {
            total += 1.0 / (rank + 1);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < _words.Length; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public string Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[Math.Min(_words.Length - 1, index < 0 ? ~index : index)];
    }
}
