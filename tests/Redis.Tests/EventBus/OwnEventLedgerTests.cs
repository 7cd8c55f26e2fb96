using static StudyGraph.Redis.Tests.EventBus.EventBusHarness;

namespace StudyGraph.Redis.Tests.EventBus;

public class OwnEventLedgerTests
{
    private readonly List<int> _delivered = [];
    private readonly OwnEventLedger _ledger;

    public OwnEventLedgerTests() => _ledger = new OwnEventLedger((topics, e) => { Assert.Equal(["t"], topics); _delivered.Add(NumberOf(e)); });

    private void Add(int n, bool awaitEcho = true, long timestamp = 0) => _ledger.Add(n, ["t"], Numbered(n), timestamp, awaitEcho);

    [Fact]
    public void An_event_waits_for_its_echo_and_a_second_echo_is_a_duplicate()
    {
        Add(1);
        Assert.Empty(_delivered);

        Assert.True(_ledger.Echo(1));
        Assert.False(_ledger.Echo(1));

        Assert.Equal([1], _delivered);
        Assert.Equal(0, _ledger.DeliveredWithoutEcho);
    }

    [Fact]
    public void An_echo_that_overtakes_waiting_events_delivers_them_first_and_their_late_echoes_are_dropped()
    {
        Add(1); Add(2); Add(3);

        Assert.True(_ledger.Echo(3));
        Assert.False(_ledger.Echo(1));
        Assert.False(_ledger.Echo(2));

        Assert.Equal([1, 2, 3], _delivered);
        Assert.Equal(2, _ledger.DeliveredWithoutEcho);
    }

    [Fact]
    public void A_failed_publish_delivers_it_after_the_waiting_ones_before_it_and_its_echo_is_dropped()
    {
        Add(1); Add(2); Add(3);

        _ledger.Failed(2);
        Assert.Equal([1, 2], _delivered);
        Assert.True(_ledger.Echo(3));
        Assert.False(_ledger.Echo(2));

        Assert.Equal([1, 2, 3], _delivered);
    }

    [Fact]
    public void A_failure_reported_after_the_echo_delivers_nothing_more()
    {
        Add(1);
        _ledger.Echo(1);

        _ledger.Failed(1);

        Assert.Equal([1], _delivered);
    }

    [Fact]
    public void An_event_added_while_the_subscriber_is_down_goes_out_at_once_after_the_waiting_ones()
    {
        Add(1); Add(2);

        Add(3, awaitEcho: false);

        Assert.Equal([1, 2, 3], _delivered);
        Assert.False(_ledger.Echo(2));
        Assert.False(_ledger.Echo(3));
        Assert.Equal(0, _ledger.Waiting);
    }

    [Fact]
    public void Overdue_events_are_delivered_in_order_and_later_ones_keep_waiting()
    {
        Add(1, timestamp: 100); Add(2, timestamp: 200); Add(3, timestamp: 300);

        _ledger.DeliverAddedBy(250);

        Assert.Equal([1, 2], _delivered);
        Assert.Equal(1, _ledger.Waiting);
        _ledger.DeliverAll();
        Assert.Equal([1, 2, 3], _delivered);
    }
}
