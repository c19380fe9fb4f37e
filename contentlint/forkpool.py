"""A minimal pool of forked workers for one ``map`` over a list the parent already holds.

concurrent.futures' process pool costs a cold run of a few hundred files about a tenth of its
time: importing it (with multiprocessing, pickle, socket, tempfile and subprocess), sending every
item pickled through a queue, and a feeder and a result thread. Here the workers are forked when
the items are ready, so they inherit the items and the function: the parent only tells each
worker which slice to do next (eight bytes), and a worker sends back its slice's results as one
marshalled frame (marshal: plain values only, never code or objects).

- Results come back in order; a worker always has its next slice waiting, so it never idles
  while the parent is busy.
- A worker's exception is sent back pickled and raised in the parent, as concurrent.futures
  does. A worker that dies (killed, out of memory) stops the map with :class:`WorkerLost`.
- Workers take the default action for SIGINT, SIGTERM and SIGHUP: a stopped run leaves no
  worker behind, and the parent, which raises on these signals, kills and reaps the workers
  before the exception leaves the map. A worker never returns into the parent's code: it ends
  with ``os._exit``.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import signal
import struct
import time
from collections.abc import Callable, Generator, Iterator
from typing import Any

from contentlint.messages import Message, msg

# Parent → worker: the slice [start, end). Worker → parent: a frame's kind and length.
_SLICE = struct.Struct("<qq")
_FRAME = struct.Struct("<BQ")
_RESULTS, _ERROR = 0, 1
# How long the parent waits for a worker to exit once its work is over or abandoned.
_REAP_SECONDS = 5.0


class WorkerLost(RuntimeError):
    """A worker ended before sending back the results it was given to compute."""

    def __init__(self, ending: Message) -> None:
        self.message = msg(
            "A worker process ended unexpectedly ({ending}); nothing was written",
            "Bir alt süreç beklenmedik biçimde sonlandı ({ending_tr}); hiçbir şey yazılmadı",
            ending=ending.render("en"), ending_tr=ending.render("tr"),
        )
        super().__init__(self.message.render("en"))


def fork_map(work: Callable[[int], Any], count: int, workers: int, chunk: int,
             meanwhile: Callable[[], object] = lambda: None) -> Generator[Any, None, None]:
    """Yield ``work(i)`` for every i in range(count), in order, computed in ``workers`` forked
    processes, at most ``chunk`` items at a time. ``work`` must return values marshal can
    encode. ``meanwhile`` runs in the parent once the workers have started."""
    chunks = _slices(count, workers, chunk)
    pool = _Pool(work, min(workers, len(chunks)))
    try:
        next_chunk = 0
        for worker in pool.workers:
            for _ in range(2):  # the slice to do and the one after it
                if next_chunk < len(chunks):
                    worker.assign(next_chunk, chunks[next_chunk])
                    next_chunk += 1
        meanwhile()
        done: dict[int, list[Any]] = {}
        for index in range(len(chunks)):
            while index not in done:
                for worker, chunk_id, values in pool.receive():
                    done[chunk_id] = values
                    if next_chunk < len(chunks):
                        worker.assign(next_chunk, chunks[next_chunk])
                        next_chunk += 1
            yield from done.pop(index)
    finally:
        pool.close()


def _slices(count: int, workers: int, largest: int) -> list[tuple[int, int]]:
    """Slices that shrink as the work left does (a quarter of each worker's share of it, at most
    ``largest``): few frames while much is left, and workers that end within one small slice of
    each other rather than one large one."""
    slices = []
    start = 0
    while start < count:
        size = max(1, min(largest, (count - start) // (workers * 4)))
        slices.append((start, min(start + size, count)))
        start += size
    return slices


class _Worker:
    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid = pid
        self.tasks = tasks  # the parent writes slices here
        self.results = results  # and reads frames from here
        self.assigned: list[int] = []  # chunk ids in the order the worker does them
        self.buffer = bytearray()
        self.ended = False

    def assign(self, chunk_id: int, bounds: tuple[int, int]) -> None:
        self.assigned.append(chunk_id)
        try:
            os.write(self.tasks, _SLICE.pack(*bounds))
        except BrokenPipeError:  # not the reader of our output going away: a worker
            raise WorkerLost(_reap(self.pid)) from None


class _Pool:
    def __init__(self, work: Callable[[int], Any], count: int) -> None:
        import select  # here: the CLI imports this module for WorkerLost on every run

        self.workers: list[_Worker] = []
        self._poll = select.poll()
        self._readable = select.POLLIN
        self._by_fd: dict[int, _Worker] = {}
        try:
            for _ in range(count):
                self._start(work)
        except BaseException:
            self.close()
            raise

    def _start(self, work: Callable[[int], Any]) -> None:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no process to be had (EAGAIN, ENOMEM): the pipes go with the error
            for fd in (task_read, task_write, result_read, result_write):
                os.close(fd)
            raise
        if pid == 0:  # the worker: never returns
            code = 1
            try:
                for fd in (task_write, result_read, *(fd for w in self.workers for fd in (w.tasks, w.results))):
                    os.close(fd)
                for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                    signal.signal(signum, signal.SIG_DFL)
                _serve(work, task_read, result_write)
                code = 0
            finally:
                os._exit(code)
        os.close(task_read)
        os.close(result_write)
        worker = _Worker(pid, task_write, result_read)
        self.workers.append(worker)
        self._by_fd[result_read] = worker
        self._poll.register(result_read, self._readable)

    def receive(self) -> Iterator[tuple[_Worker, int, list[Any]]]:
        """Wait for data from any worker; yield every frame completed by it."""
        for fd, _ in self._poll.poll():
            worker = self._by_fd[fd]
            data = os.read(fd, 1 << 20)
            if not data:
                self._poll.unregister(fd)
                worker.ended = True
                if worker.assigned:
                    raise WorkerLost(_reap(worker.pid))
                continue
            worker.buffer += data
            while len(worker.buffer) >= _FRAME.size:
                kind, length = _FRAME.unpack_from(worker.buffer)
                if len(worker.buffer) < _FRAME.size + length:
                    break
                payload = bytes(worker.buffer[_FRAME.size:_FRAME.size + length])
                del worker.buffer[:_FRAME.size + length]
                if kind == _ERROR:
                    import pickle

                    raise pickle.loads(payload)
                yield worker, worker.assigned.pop(0), marshal.loads(payload)

    def close(self) -> None:
        """End every worker: those with work left are killed; every one is reaped."""
        for worker in self.workers:
            os.close(worker.tasks)  # end of input: an idle worker exits
            if worker.assigned and not worker.ended:
                _kill(worker.pid)
        for worker in self.workers:
            os.close(worker.results)
            _reap(worker.pid)
        self.workers = []


def _serve(work: Callable[[int], Any], tasks: int, results: int) -> None:
    while True:
        request = _read_exactly(tasks, _SLICE.size)
        if request is None:
            return
        start, end = _SLICE.unpack(request)
        try:
            kind, payload = _RESULTS, marshal.dumps([work(index) for index in range(start, end)])
        except Exception as exc:
            import pickle

            try:
                kind, payload = _ERROR, pickle.dumps(exc)
            except Exception:  # an exception pickle cannot carry: its words, then
                kind, payload = _ERROR, pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))
        _write_all(results, _FRAME.pack(kind, len(payload)) + payload)


def _read_exactly(fd: int, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        more = os.read(fd, size - len(data))
        if not more:
            return None
        data += more
    return data


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it has just exited
        os.kill(pid, signal.SIGKILL)


def _reap(pid: int) -> Message:
    """Collect the worker's exit, killing it if it has not exited within the bound; how it ended."""
    deadline = time.monotonic() + _REAP_SECONDS
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return msg("already collected", "daha önce sonlanmıştı")
        if done:
            break
        if time.monotonic() >= deadline:
            _kill(pid)
            os.waitpid(pid, 0)  # SIGKILL cannot be caught or ignored: this returns
            return msg("stopped: it did not exit", "çıkmadığı için durduruldu")
        time.sleep(0.005)
    if os.WIFSIGNALED(status):
        return msg("signal {signal}", "{signal} numaralı sinyal", signal=os.WTERMSIG(status))
    return msg("exit status {code}", "çıkış kodu {code}", code=os.waitstatus_to_exitcode(status))
