// Server page charts: uPlot over /api/chart-data/server/{id}, one chart per series, with the range pills,
// the theme's colours, the page's language and the configured time zone.
(function () {
    'use strict';

    var box = document.getElementById('charts');
    if (!box || typeof uPlot === 'undefined') {
        return;
    }
    var root = document.documentElement;
    var lang = root.dataset.formats || root.lang;
    var units = root.dataset.sizeUnits.split(',');
    var zone = box.dataset.zone;
    var numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    var data = null;
    var plots = [];

    var formats = {
        size: function (bytes) {
            if (bytes == null) {
                return '';
            }
            var value = bytes, unit = 0;
            while (Math.abs(value) >= 1024 && unit < units.length - 1) {
                value /= 1024;
                unit++;
            }
            return (unit === 0 ? Math.round(value) : numbers.format(value)) + '\u00a0' + units[unit];
        },
        duration: function (seconds) {
            if (seconds == null) {
                return '';
            }
            var s = Math.round(seconds);
            if (s < 60) {
                return s + '\u00a0s';
            }
            if (s < 3600) {
                return Math.floor(s / 60) + '\u00a0min' + (s % 60 ? ' ' + (s % 60) + '\u00a0s' : '');
            }
            return Math.floor(s / 3600) + '\u00a0h ' + String(Math.floor((s % 3600) / 60)).padStart(2, '0') + '\u00a0min';
        },
        count: function (value) {
            return value == null ? '' : numbers.format(value);
        }
    };

    // Round axis steps: powers of 1024 for sizes, clock units for durations, 1-2-5 for counts.
    function steps(bases, multiples) {
        var out = [];
        bases.forEach(function (base) {
            multiples.forEach(function (m) { out.push(base * m); });
        });
        return out;
    }
    var increments = {
        size: steps([1, 1024, Math.pow(1024, 2), Math.pow(1024, 3), Math.pow(1024, 4), Math.pow(1024, 5)],
            [1, 2, 5, 10, 20, 50, 100, 200, 500]),
        duration: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400],
        count: steps([1, 10, 100, 1000, 10000, 100000, 1000000, 10000000], [1, 2, 5])
    };

    // Resolved colours: custom properties hold light-dark() expressions, a probe element resolves them.
    function colour(name) {
        var probe = document.createElement('span');
        probe.style.color = 'var(' + name + ')';
        probe.hidden = true;
        document.body.append(probe);
        var value = getComputedStyle(probe).color;
        probe.remove();
        return value;
    }

    function withAlpha(rgb, alpha) {
        return rgb.replace(/^rgb\((.*)\)$/, 'rgba($1, ' + alpha + ')');
    }

    // uPlot asks for date formatters by template ("{MMM} {D}", "{h}:{mm}{aa}\n{M}/{D}"...): answer with Intl.
    function fmtDate(template) {
        var parts = template.split('\n').map(function (part) {
            var options = {};
            if (/\{[hH]/.test(part)) {
                options.hour = 'numeric';
                options.minute = '2-digit';
            }
            if (/\{D/.test(part)) {
                options.day = 'numeric';
                options.month = 'short';
            } else if (/\{M/.test(part)) {
                options.month = 'short';
            }
            if (/\{YY/.test(part) && !options.day) {
                options.year = 'numeric';
            }
            return new Intl.DateTimeFormat(lang, options);
        });
        return function (date) {
            return parts.map(function (format) { return format.format(date); }).join('\n');
        };
    }

    var tooltipDate = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

    function options(figure, width) {
        var series = figure.dataset.series;
        var format = formats[figure.dataset.format];
        var stroke = colour('--chart-' + series);
        var axisColour = colour('--muted');
        var grid = colour('--chart-grid');
        var bars = figure.dataset.bars === 'true';
        var tip = figure.querySelector('.chart-tip');
        return {
            width: width,
            height: 190,
            tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), zone); },
            fmtDate: fmtDate,
            legend: { show: false },
            cursor: { drag: { x: false, y: false }, points: { size: 7, fill: stroke } },
            scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, max > 0 ? max * 1.1 : 1]; } } },
            axes: [
                { stroke: axisColour, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: '11px system-ui' },
                {
                    stroke: axisColour, grid: { stroke: grid, width: 1 }, ticks: { show: false }, size: 64, font: '11px system-ui',
                    incrs: increments[figure.dataset.format],
                    values: function (u, values) { return values.map(format); }
                }
            ],
            series: [
                {},
                {
                    stroke: stroke,
                    width: bars ? 0 : 2,
                    fill: withAlpha(stroke, bars ? 0.75 : 0.12),
                    paths: bars ? uPlot.paths.bars({ size: [0.7, 28], align: 0 }) : uPlot.paths.linear(),
                    points: { show: !bars && data.time.length < 40, size: 5, fill: stroke }
                }
            ],
            hooks: {
                setCursor: [function (u) {
                    var i = u.cursor.idx;
                    tip.textContent = i == null ? '' : tooltipDate.format(new Date(u.data[0][i] * 1000)) + ' · ' + format(u.data[1][i]);
                }]
            }
        };
    }

    function draw() {
        plots.forEach(function (plot) { plot.destroy(); });
        plots = [];
        box.querySelectorAll('.chart').forEach(function (figure) {
            var target = figure.querySelector('.chart-plot');
            target.textContent = '';
            target.classList.remove('chart-empty');
            figure.querySelector('.chart-tip').textContent = '';
            if (!data.time.length) {
                target.classList.add('chart-empty');
                target.textContent = box.dataset.empty;
                return;
            }
            var values = data[figure.dataset.series];
            plots.push(new uPlot(options(figure, target.clientWidth), [data.time, values], target));
        });
    }

    function load(range) {
        var url = box.dataset.url + (box.dataset.url.indexOf('?') < 0 ? '?' : '&') + 'range=' + encodeURIComponent(range);
        box.setAttribute('aria-busy', 'true');
        fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (json) {
                data = json;
                box.dataset.range = range;
                draw();
            })
            .catch(function () {
                window.dupliwatch.toast(box.dataset.error);
            })
            .finally(function () {
                box.removeAttribute('aria-busy');
            });
    }

    document.querySelectorAll('.range-pills button').forEach(function (button) {
        button.addEventListener('click', function () {
            document.querySelectorAll('.range-pills button').forEach(function (other) {
                other.setAttribute('aria-pressed', String(other === button));
            });
            load(button.dataset.range);
        });
    });

    var redraw = function () {
        if (data) {
            draw();
        }
    };
    document.addEventListener('dw:theme', redraw);
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
    var lastWidth = box.clientWidth;
    new ResizeObserver(function () {
        if (box.clientWidth !== lastWidth) {
            lastWidth = box.clientWidth;
            plots.forEach(function (plot) {
                plot.setSize({ width: plot.root.parentNode.clientWidth, height: 190 });
            });
        }
    }).observe(box);

    load(box.dataset.range);
})();
