try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as e:
    log(e)
except Exception as exc:
    raise RuntimeError("wrapped") from exc
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    done()

try:
    x = 1
except OSError:
    pass
else:
    y = 2
