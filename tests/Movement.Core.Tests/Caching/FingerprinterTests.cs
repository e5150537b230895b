using Movement.Core.Caching;

namespace Movement.Core.Tests.Caching;

public sealed class FingerprinterTests
{
    private sealed record Item(string Title, IReadOnlyList<string> Tags, DateOnly? Date);

    private sealed record Listing(string Heading, IReadOnlyList<Item> Items);

    private sealed class Secretive(string hidden)
    {
        public string Shown => hidden.ToUpperInvariant();
    }

    private sealed class Node
    {
        public Node? Next { get; set; }

        public int A { get; set; }

        public int B { get; set; }

        public int C { get; set; }
    }

    [Fact]
    public void Equal_content_gives_equal_fingerprints_whatever_the_instances()
    {
        var one = new Listing("Briefs", [new Item("A", ["x", "y"], new DateOnly(2026, 1, 2)), new Item("B", [], null)]);
        var two = new Listing("Briefs", [new Item("A", ["x", "y"], new DateOnly(2026, 1, 2)), new Item("B", [], null)]);

        Assert.Equal(new Fingerprinter().Of(one), new Fingerprinter().Of(two));
    }

    [Fact]
    public void A_change_deep_inside_changes_the_fingerprint()
    {
        var fingerprinter = new Fingerprinter();
        var before = fingerprinter.Of(new Listing("Briefs", [new Item("A", ["x", "y"], null)]));
        var after = fingerprinter.Of(new Listing("Briefs", [new Item("A", ["x", "z"], null)]));
        var reordered = fingerprinter.Of(new Listing("Briefs", [new Item("A", ["y", "x"], null)]));

        Assert.NotEqual(before, after);
        Assert.NotEqual(before, reordered);
    }

    [Fact]
    public void Values_of_different_types_or_split_differently_do_not_collide()
    {
        var fingerprinter = new Fingerprinter();

        Assert.NotEqual(fingerprinter.Of("ab", "c"), fingerprinter.Of("a", "bc"));
        Assert.NotEqual(fingerprinter.Of(1), fingerprinter.Of("1"));
        Assert.NotEqual(fingerprinter.Of((object?)null), fingerprinter.Of(""));
    }

    [Fact]
    public void Private_state_counts_because_public_members_may_read_it()
    {
        var fingerprinter = new Fingerprinter();

        Assert.NotEqual(fingerprinter.Of(new Secretive("a")), fingerprinter.Of(new Secretive("b")));
    }

    [Fact]
    public void What_cannot_be_compared_by_content_is_refused()
    {
        var fingerprinter = new Fingerprinter();
        var loop = new Node { A = 1 };
        loop.Next = loop;

        Assert.Throws<NotSupportedException>(() => fingerprinter.Of(new Func<int>(() => 1)));
        Assert.Throws<NotSupportedException>(() => fingerprinter.Of(loop));
    }

    [Fact]
    public void A_shared_object_is_no_cycle_and_a_long_chain_or_loop_is_told_apart()
    {
        var fingerprinter = new Fingerprinter();
        var shared = new Node { A = 1 };
        var chain = Enumerable.Range(0, 40).Aggregate(new Node { A = -1 }, (next, i) => new Node { A = i, Next = next });
        var last = chain;
        while (last.Next is not null)
        {
            last = last.Next;
        }

        fingerprinter.Of(shared, new Node { A = 2, Next = shared }, shared); // Met three times, never inside itself.
        fingerprinter.Of(chain); // Deeper than the path's first array.
        last.Next = chain;
        Assert.Throws<NotSupportedException>(() => new Fingerprinter().Of(chain));
    }

    [Fact]
    public void A_files_bytes_give_the_same_fingerprint_as_an_array_or_as_memory()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        var fingerprinter = new Fingerprinter();

        Assert.Equal(fingerprinter.Of(bytes), fingerprinter.Of(new ReadOnlyMemory<byte>(bytes)));
        Assert.Equal(fingerprinter.Of(bytes), new Fingerprinter().Of(bytes.ToArray()));
    }

    [Fact]
    public void Long_texts_count_by_content_though_each_string_is_digested_once()
    {
        var body = string.Concat(Enumerable.Repeat("Babies need responsive care. ", 20));
        var fingerprinter = new Fingerprinter();
        var first = fingerprinter.Of(new Item(body, [], null));

        Assert.Equal(first, fingerprinter.Of(new Item(new string(body.AsSpan()), [], null)));
        Assert.Equal(first, new Fingerprinter().Of(new Item(body, [], null)));
        Assert.NotEqual(first, fingerprinter.Of(new Item(body + ".", [], null)));
        Assert.NotEqual(fingerprinter.Of(body), fingerprinter.Of(System.Text.Encoding.Unicode.GetBytes(body)));
    }

    [Fact]
    public void Fingerprints_taken_at_once_on_many_threads_agree_with_one_taken_alone()
    {
        var listings = Enumerable.Range(0, 200)
            .Select(n => new Listing($"Listing {n % 10}", [.. Enumerable.Range(0, n % 12).Select(i => new Item($"Item {i}", [$"tag {i}"], null))]))
            .ToList();
        var shared = new Fingerprinter();
        var together = new Fingerprint[listings.Count];

        Parallel.For(0, listings.Count, i => together[i] = shared.Of(listings[i], i));

        Assert.Equal(listings.Select((l, i) => new Fingerprinter().Of(l, i)), together);
    }

    private sealed record Measures(decimal Amount, double Share, DateTimeOffset At);

    [Fact]
    public void A_value_made_anew_of_the_same_objects_is_the_same_and_any_difference_is_not()
    {
        var fingerprinter = new Fingerprinter();
        var kept = new Item("A", ["x", "y"], new DateOnly(2026, 1, 2));
        var before = new Listing("Briefs", [kept, new Item("B", [], null)]);

        Assert.True(fingerprinter.SameAs(before, new Listing("Briefs", [kept, new Item("B", [], null)])));
        Assert.True(fingerprinter.SameAs(before, new Listing(new string("Briefs".AsSpan()), [kept, new Item("B", [], null)])));
        Assert.False(fingerprinter.SameAs(before, new Listing("Briefs", [kept])));
        Assert.False(fingerprinter.SameAs(before, new Listing("Briefs", [new Item("B", [], null), kept])));
        Assert.False(fingerprinter.SameAs(before, new Listing("Briefs", [kept, new Item("B", ["z"], null)])));
        Assert.False(fingerprinter.SameAs(before, new Listing("Briefs", [kept, new Item("B", [], new DateOnly(2026, 1, 3))])));
        Assert.False(fingerprinter.SameAs(before, new Listing("briefs", [kept, new Item("B", [], null)])));
        Assert.False(fingerprinter.SameAs(before, new Listing("Briefs", new List<Item> { kept, new Item("B", [], null) }))); // Another kind of list.
    }

    [Fact]
    public void Values_that_are_equal_but_written_differently_are_not_the_same()
    {
        var fingerprinter = new Fingerprinter();
        var at = new DateTimeOffset(2026, 1, 2, 12, 0, 0, TimeSpan.Zero);
        var before = new Measures(1.0m, 0.0, at);

        Assert.True(fingerprinter.SameAs(before, new Measures(1.0m, 0.0, at)));
        Assert.False(fingerprinter.SameAs(before, new Measures(1.00m, 0.0, at)));
        Assert.False(fingerprinter.SameAs(before, new Measures(1.0m, -0.0, at)));
        Assert.False(fingerprinter.SameAs(before, new Measures(1.0m, 0.0, at.ToOffset(TimeSpan.FromHours(1)))));
    }

    [Fact]
    public void Whenever_two_values_are_the_same_their_fingerprints_agree()
    {
        var random = new Random(20);
        var tags = new[] { "x", "y", "z" };
        for (var n = 0; n < 200; n++)
        {
            Listing Make() => new(
                $"L{random.Next(2)}",
                [.. Enumerable.Range(0, random.Next(3)).Select(i => new Item($"I{random.Next(2)}", [.. tags.Take(random.Next(3))], random.Next(2) == 0 ? null : new DateOnly(2026, 1, 1 + random.Next(2))))]);
            var (a, b) = (Make(), Make());

            if (new Fingerprinter().SameAs(a, b))
            {
                Assert.Equal(new Fingerprinter().Of(a), new Fingerprinter().Of(b));
            }
        }
    }
}
