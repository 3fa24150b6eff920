using Market.Engine.Internal;

namespace Market.Engine.Tests;

public sealed class JobStoreTests
{
    [Fact]
    public void Retire_EveryJobOfAFullPage_ReleasesThePageReusesSlotsKeepsTheRest()
    {
        var store = new JobStore();
        for (int id = 1; id <= 2500; id++)
        {
            Assert.Equal(id, store.Add(new JobState { Owner = 2, Price = id }, new JobRecord { Name = "j" + id }));
        }

        Assert.Equal(3, store.PageCount); // ids 0-1023, 1024-2047, 2048-3071
        for (int id = 1024; id < 2048; id++)
        {
            store.Retire(id);
        }

        Assert.Equal(2, store.PageCount);
        Assert.Equal(2500 - 1024, store.Kept);
        Assert.False(store.Contains(1500));
        Assert.Throws<ArgumentOutOfRangeException>(() => store[1500].Price);
        Assert.True(store.Contains(1023) && store.Contains(2048));
        Assert.Equal((1023L, "j1023"), (store[1023].Price, store.Record(1023).Name));
        Assert.Equal((2048L, "j2048"), (store[2048].Price, store.Record(2048).Name));

        // The freed slots hold later jobs; the earlier ones are untouched.
        for (int id = 2501; id <= 3000; id++)
        {
            Assert.Equal(id, store.Add(new JobState { Owner = 3, Price = -id }, new JobRecord { Name = "k" + id }));
        }

        Assert.Equal((-2800L, "k2800", 3), (store[2800].Price, store.Record(2800).Name, store[2800].Owner));
        Assert.Equal((1023L, 2048L), (store[1023].Price, store[2048].Price));
        Assert.Equal(2500 - 1024 + 500, store.Kept);
    }

    [Fact]
    public void Retire_AllOfThePageBeingFilled_KeepsItForTheNextIds()
    {
        var store = new JobStore();
        store.Add(new JobState { Owner = 2 }, default);
        store.Retire(1);
        Assert.False(store.Contains(1));
        Assert.Equal(2, store.Add(new JobState { Owner = 3, Price = 7 }, default));
        Assert.Equal((3, 7L), (store[2].Owner, store[2].Price));
        Assert.Throws<InvalidOperationException>(() => store.Retire(1));
    }

    [Fact]
    public void Clone_AfterRetiring_IsIndependent()
    {
        var store = new JobStore();
        for (int id = 1; id <= 300; id++)
        {
            store.Add(new JobState { Owner = 2, Price = id }, default);
        }

        store.Retire(5);
        JobStore copy = store.Clone();
        store.Retire(6);
        store[7].Price = 70;
        Assert.False(copy.Contains(5));
        Assert.True(copy.Contains(6));
        Assert.Equal(7, copy[7].Price);
        Assert.Equal(299, copy.Kept);
    }
}
