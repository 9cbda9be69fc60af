"""Summarises `jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample` (stdin): where the samples go by
part of the upload path (the innermost matching frame wins), then the top methods by self and by total share.
Threads blocked in accept/select (idle Tomcat threads) are left out."""
import collections
import re
import sys

FRAME = re.compile(r'^\s+([\w$.<>/]+)\(.*line: -?\d+')
IDLE = {'sun.nio.ch.ServerSocketChannelImpl.implAccept', 'sun.nio.ch.EPollSelectorImpl.doSelect',
        'sun.nio.ch.EPoll.wait', 'sun.nio.ch.Net.accept'}
PARTS = [  # (part, frame substring), checked from the innermost frame outwards
    ('logging', 'ch.qos.logback.'),
    ('monitoring listener', 'monitoring.RunRecordedListener.'),
    ('notify listener', '.notify.'),
    ('transaction begin', 'TransactionManager.doBegin'),
    ('transaction commit', 'TransactionManager.doCommit'),
    ('transaction end', 'TransactionManager.doCleanupAfterCompletion'),
    ('report parsing', 'ingest.ReportParser.parse'),
    ('run SQL', 'report.RunRepository.'),
    ('run recording (other)', 'report.RunRecorder.'),
    ('upload controller (other)', 'ingest.'),
    ('response writing', 'Http11Processor.finishResponse'),
    ('security filters', 'springframework.security.'),
    ('spring mvc', 'springframework.web.'),
    ('tomcat', 'org.apache.'),
]
samples, self_counts, total_counts, parts = 0, collections.Counter(), collections.Counter(), collections.Counter()
stack = []


def part_of(frames):
    for frame in frames:
        for part, needle in PARTS:
            if needle in frame:
                return part
    return 'other (' + frames[-1] + ')' if frames else 'other'


def flush():
    global samples
    if stack and stack[0] not in IDLE:
        samples += 1
        self_counts[stack[0]] += 1
        for method in set(stack):
            total_counts[method] += 1
        parts[part_of(stack)] += 1
    stack.clear()


for line in sys.stdin:
    if line.startswith(('jdk.ExecutionSample', 'jdk.NativeMethodSample')):
        flush()
        continue
    m = FRAME.match(line)
    if m:
        stack.append(m.group(1))
flush()
print(f'{samples} samples')
print('\n-- by part of the path')
for part, count in parts.most_common(25):
    print(f'{100.0 * count / samples:6.1f}%  {part}')
for title, counts, n in (('self', self_counts, 30), ('total', total_counts, 50)):
    print(f'\n-- top {n} by {title}')
    for method, count in counts.most_common(n):
        print(f'{100.0 * count / samples:6.1f}%  {method}')
