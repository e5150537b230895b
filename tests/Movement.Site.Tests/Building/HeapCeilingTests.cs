using Movement.Site.Building;

namespace Movement.Site.Tests.Building;

public class HeapCeilingTests
{
    [Fact]
    public async Task Memory_grown_past_the_ceiling_is_collected()
    {
        using var ceiling = new HeapCeiling(headroom: 16 << 20);

        // 64 MB more on the heap: past the ceiling.
        var garbage = new byte[64 << 20];
        Array.Fill(garbage, (byte)1);
        for (var waited = 0; ceiling.Collections == 0 && waited < 30_000; waited += 10)
        {
            await Task.Delay(10);
        }

        GC.KeepAlive(garbage);
        Assert.True(ceiling.Collections > 0);
    }

    [Fact]
    public async Task The_ceiling_is_never_below_its_least()
    {
        // Far more than a test process holds: the one-byte headroom does not matter under it.
        using var least = new HeapCeiling(headroom: 1, least: 1L << 40);
        await Task.Delay(200);

        Assert.Equal(0, least.Collections);
    }

    [Fact]
    public async Task A_large_headroom_leaves_memory_to_the_collector()
    {
        using var ceiling = new HeapCeiling(headroom: 1L << 40);

        await Task.Delay(200);

        Assert.Equal(0, ceiling.Collections);
    }
}
