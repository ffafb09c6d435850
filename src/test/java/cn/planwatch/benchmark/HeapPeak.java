package cn.planwatch.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a stretch of work needed: the peak used (the heap pools' peaks added up, garbage included)
 * and the most that was still in use right after a collection — the better sign of what the work held on to.
 */
final class HeapPeak implements AutoCloseable, NotificationListener {

	private final Set<String> heapPools;

	private final AtomicLong maxAfterGc = new AtomicLong();

	private HeapPeak() {
		heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());
	}

	static HeapPeak start() {
		System.gc();
		HeapPeak peak = new HeapPeak();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener(peak, null, null);
		}
		return peak;
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long used = info.getGcInfo()
				.getMemoryUsageAfterGc()
				.entrySet()
				.stream()
				.filter(pool -> heapPools.contains(pool.getKey()))
				.mapToLong(pool -> pool.getValue().getUsed())
				.sum();
			maxAfterGc.accumulateAndGet(used, Math::max);
		}
	}

	/** Peak heap used, in MB. */
	long peakMegabytes() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong(MemoryUsage::getUsed)
			.sum() / (1024 * 1024);
	}

	/** The most heap in use right after a collection, in MB. */
	long maxAfterCollectionMegabytes() {
		return maxAfterGc.get() / (1024 * 1024);
	}

	@Override
	public void close() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			try {
				((NotificationEmitter) collector).removeNotificationListener(this);
			}
			catch (ListenerNotFoundException ex) {
				// not registered with this collector
			}
		}
	}

}
