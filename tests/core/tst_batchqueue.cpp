// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchqueue.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Kindred;

class TestBatchQueue : public QObject
{
    Q_OBJECT

private slots:
    void batchesArriveInOrder();
    void aFullQueueHoldsTheProducer();
    void stopReleasesBothSides();
    void batchesGivenBackAreHandedOutAgain();
};

void TestBatchQueue::batchesArriveInOrder()
{
    BatchQueue<int> queue(2);
    std::thread producer([&] {
        for (int i = 0; i < 1000; ++i)
            QVERIFY(queue.push(std::make_unique<int>(i)));
    });
    for (int i = 0; i < 1000; ++i) {
        const std::unique_ptr<int> batch = queue.take();
        QVERIFY(batch);
        QCOMPARE(*batch, i);
    }
    producer.join();
}

void TestBatchQueue::aFullQueueHoldsTheProducer()
{
    BatchQueue<int> queue(2);
    QVERIFY(queue.push(std::make_unique<int>(1)));
    QVERIFY(queue.push(std::make_unique<int>(2)));
    std::atomic_bool pushed{false};
    std::thread producer([&] {
        queue.push(std::make_unique<int>(3));
        pushed = true;
    });
    QTest::qWait(50);
    QVERIFY(!pushed); // two in the queue: the third waits
    QCOMPARE(*queue.take(), 1);
    producer.join();
    QVERIFY(pushed);
    QCOMPARE(*queue.take(), 2);
    QCOMPARE(*queue.take(), 3);
}

void TestBatchQueue::stopReleasesBothSides()
{
    BatchQueue<int> empty(1);
    std::thread consumer([&] { QVERIFY(!empty.take()); });
    QTest::qWait(20);
    empty.stop();
    consumer.join();

    BatchQueue<int> full(1);
    QVERIFY(full.push(std::make_unique<int>(1)));
    std::thread producer([&] { QVERIFY(!full.push(std::make_unique<int>(2))); });
    QTest::qWait(20);
    full.stop();
    producer.join();
    QVERIFY(!full.take());
}

// The same batch, with what it holds, comes back from spare(); a few are
// kept at most, so that memory stays bounded.
void TestBatchQueue::batchesGivenBackAreHandedOutAgain()
{
    BatchQueue<std::vector<int>> queue(2);
    QVERIFY(!queue.spare());
    auto batch = std::make_unique<std::vector<int>>(1000, 7);
    const std::vector<int> *given = batch.get();
    QVERIFY(queue.push(std::move(batch)));
    std::unique_ptr<std::vector<int>> taken = queue.take();
    queue.giveBack(std::move(taken));
    std::unique_ptr<std::vector<int>> again = queue.spare();
    QCOMPARE(again.get(), given);
    QCOMPARE(again->size(), size_t(1000));
    QVERIFY(!queue.spare());

    for (int i = 0; i < 10; ++i)
        queue.giveBack(std::make_unique<std::vector<int>>());
    int kept = 0;
    while (queue.spare())
        ++kept;
    QCOMPARE(kept, 4); // the capacity and two more: those in use on either side
}

QTEST_GUILESS_MAIN(TestBatchQueue)
#include "tst_batchqueue.moc"
