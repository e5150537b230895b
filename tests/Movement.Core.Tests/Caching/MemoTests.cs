using Movement.Core.Caching;

namespace Movement.Core.Tests.Caching;

public sealed class MemoTests
{
    [Fact]
    public void A_value_is_computed_once_and_kept_while_builds_use_it()
    {
        var memo = new Memo<string, string>();
        var computed = 0;
        string Compute(string key)
        {
            computed++;
            return key.ToUpperInvariant();
        }

        Assert.Equal("A", memo.GetOrAdd("a", Compute));
        memo.Sweep();
        Assert.Equal("A", memo.GetOrAdd("a", Compute));
        memo.Sweep();

        Assert.Equal(1, computed);
    }

    [Fact]
    public void A_sweep_forgets_what_the_build_did_not_use()
    {
        var memo = new Memo<string, int>();
        memo.Set("kept", 1);
        memo.Set("dropped", 2);
        memo.Sweep();

        Assert.True(memo.TryGet("kept", out _));
        memo.Sweep();

        Assert.True(memo.TryGet("kept", out var kept));
        Assert.Equal(1, kept);
        Assert.False(memo.TryGet("dropped", out _));
    }
}
