using Movement.Core.IO;

namespace Movement.Core.Tests.IO;

public sealed class HandOffQueueTests
{
    [Fact]
    public void Items_come_out_in_the_order_they_went_in_to_a_thread_waiting_for_them()
    {
        var queue = new HandOffQueue<int>();
        var taken = new List<int>();
        var taker = new Thread(() =>
        {
            while (queue.TryTake(out var item))
            {
                taken.Add(item);
            }
        });
        taker.Start();

        for (var i = 0; i < 1000; i++)
        {
            queue.Add(i);
            if (i % 100 == 0)
            {
                Thread.Sleep(1); // Let the taker empty the queue and wait.
            }
        }

        queue.Complete();
        Assert.True(taker.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(Enumerable.Range(0, 1000), taken);
    }

    [Fact]
    public void A_waiting_taker_wakes_when_the_queue_is_completed_and_nothing_more_can_be_added()
    {
        var queue = new HandOffQueue<string>();
        var took = true;
        var taker = new Thread(() => took = queue.TryTake(out _));
        taker.Start();
        Thread.Sleep(20);

        queue.Complete();

        Assert.True(taker.Join(TimeSpan.FromSeconds(10)));
        Assert.False(took);
        Assert.Throws<InvalidOperationException>(() => queue.Add("late"));
    }

    [Fact]
    public void What_was_queued_before_completion_is_still_taken()
    {
        var queue = new HandOffQueue<string>();
        queue.Add("a");
        queue.Add("b");
        queue.Complete();

        Assert.True(queue.TryTake(out var first));
        Assert.True(queue.TryTake(out var second));
        Assert.False(queue.TryTake(out _));
        Assert.Equal(["a", "b"], [first, second]);
    }
}
