package cn.planwatch.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The directory that holds an embedded installation's database files, held under an
 * exclusive lock for as long as one PlanWatch instance uses it.
 */
final class DataDirectory implements AutoCloseable {

	private static final String LOCK_FILE = "planwatch.lock";

	private final Path path;

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectory(Path path, FileChannel channel, FileLock lock) {
		this.path = path;
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectory acquire(Path requested) {
		Path path = requested.toAbsolutePath().normalize();
		try {
			Files.createDirectories(path);
			Path probe = Files.createTempFile(path, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			throw new StartupException("数据目录 " + path + " 无法创建或不可写（" + EmbeddedDatabase.rootMessage(ex)
					+ "）。请用 --data-dir 指定一个当前用户可写的目录。", ex);
		}
		FileChannel channel = null;
		try {
			channel = FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw alreadyInUse(path, null);
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
			return new DataDirectory(path, channel, lock);
		}
		catch (OverlappingFileLockException ex) {
			closeQuietly(channel);
			throw alreadyInUse(path, ex);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new StartupException("无法锁定数据目录 " + path + "：" + ex.getMessage(), ex);
		}
		catch (StartupException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	Path path() {
		return path;
	}

	@Override
	public void close() {
		try {
			lock.release();
		}
		catch (IOException ex) {
			// the channel is closed below, which releases the lock anyway
		}
		closeQuietly(channel);
	}

	private static StartupException alreadyInUse(Path path, Throwable cause) {
		return new StartupException("数据目录 " + path + " 正被另一个 PlanWatch 实例使用。同一数据目录只能运行一个实例："
				+ "请先停止另一个实例，或用 --data-dir 指定其他目录。", cause);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ignored) {
				// nothing more to release
			}
		}
	}

}
