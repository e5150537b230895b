using Movement.Site.Building;

namespace Movement.Site.Tests.Building;

public class HeapCeilingTests
{
    [Fact]
    public async Task Memory_grown_past_the_ceiling_is_collected()
    {
        // The ceiling starts from what the whole test process holds, which the tests running beside this one move
        // both ways: memory is added until it is past the ceiling, however far that turned out to be.
        GC.Collect();
        using var ceiling = new HeapCeiling(headroom: 16 << 20);
        var garbage = new List<byte[]>();
        for (var waited = 0; ceiling.Collections == 0 && waited < 30_000; waited += 10)
        {
            if (garbage.Count < 64 && waited % 100 == 0)
            {
                var more = new byte[32 << 20];
                Array.Fill(more, (byte)1);
                garbage.Add(more);
            }

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
