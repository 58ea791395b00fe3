@a
@b(c)
async def f(): pass
@d
class G:
    @staticmethod
    async def h(): pass
    @classmethod
    def i(cls): pass
